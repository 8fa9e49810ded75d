/** The host SPI: what a case-management system gives Pejl (clients, the current user). */
@Export
@Version("1.1.0")
package se.pejl.api.host;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
