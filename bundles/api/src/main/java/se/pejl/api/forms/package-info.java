/** Instrument (formulär) definitions and their scales. */
@Export
@Version("1.0.0")
package se.pejl.api.forms;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
