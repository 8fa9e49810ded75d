/** Instrument (formulär) definitions: items, scales, texts, and the scoring of answers. */
@Export
@Version("2.1.0")
package se.pejl.api.forms;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
