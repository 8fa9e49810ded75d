/**
 * Survey links: a respondent (a child, a parent) answers an instrument without logging in,
 * through a link a caseworker made — for one client at one occasion, or for a support-group
 * session whose children answer anonymously.
 */
@Export
@Version("1.0.0")
package se.pejl.api.survey;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
