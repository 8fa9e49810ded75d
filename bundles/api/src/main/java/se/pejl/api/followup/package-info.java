/** Episodes (insatser), the answers given at their occasions, drafts and revisions of answers,
 * and each episode's results with the child's reliable change. */
@Export
@Version("1.7.0")
package se.pejl.api.followup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
