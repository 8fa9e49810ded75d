/** Pejl's domain types shared by every bundle: municipality, client reference, user, and the exceptions. */
@Export
@Version("1.1.0")
package se.pejl.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
