/** Indicators: their definitions, the query they are evaluated over, and cells with value and n, or suppressed. */
@Export
@Version("2.0.0")
package se.pejl.api.indicators;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
