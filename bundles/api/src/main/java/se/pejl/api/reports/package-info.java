/** Built-in reports and their rendering. */
@Export
@Version("2.1.0")
package se.pejl.api.reports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
