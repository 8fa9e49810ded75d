/** The audit log (loggning): who read which client's follow-up data, when and from where. */
@Export
@Version("1.3.0")
package se.pejl.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
