/**
 * Repositories over Pejl's database. Every method that returns individual data takes the
 * municipality it is limited to; only aggregate inputs span municipalities.
 */
@Export
@Version("2.6.0")
package se.pejl.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
