/** Episodes (insatser), the answers given at their occasions, drafts and revisions of answers. */
@Export
@Version("1.1.0")
package se.pejl.api.followup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
