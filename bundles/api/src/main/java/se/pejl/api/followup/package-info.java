/** Episodes (insatser) and the answers given at their occasions. */
@Export
@Version("1.0.0")
package se.pejl.api.followup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
