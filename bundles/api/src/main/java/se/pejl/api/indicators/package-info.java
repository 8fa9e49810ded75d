/**
 * Indicators: their definitions, the query they are evaluated over, and cells with value and n, or
 * suppressed; and how a survey's answers spread over the choices of each of its items.
 */
@Export
@Version("2.1.0")
package se.pejl.api.indicators;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
