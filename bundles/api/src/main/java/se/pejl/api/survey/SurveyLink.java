package se.pejl.api.survey;

import java.time.Instant;
import se.pejl.api.MunicipalityCode;

/**
 * A survey link as stored: never its token, which only its maker sees, once.
 *
 * @param id Pejl's id
 * @param municipality the municipality it belongs to
 * @param episodeId the episode of a personal link; null for a group link
 * @param groupId the support group of a group link; null for a personal link
 * @param unit the unit the answers are counted for
 * @param occasion the occasion
 * @param instrumentId the instrument
 * @param language {@code sv} or {@code en}
 * @param createdBy the caseworker who made it
 * @param createdAt when
 * @param expiresAt when it stops working
 * @param usedAt a personal link: when it was answered; a group link: its latest answer; or null
 * @param withdrawnAt when it was withdrawn, or null
 * @param answers how many answers were given through it
 */
public record SurveyLink(
    long id,
    MunicipalityCode municipality,
    Long episodeId,
    String groupId,
    String unit,
    String occasion,
    String instrumentId,
    String language,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    Instant withdrawnAt,
    int answers) {

  /** A group link: anonymous answers, not tied to a client. */
  public boolean isGroup() {
    return episodeId == null;
  }

  /** Its status at a moment; withdrawn wins over used, used over expired. */
  public SurveyLinkStatus status(Instant now) {
    if (withdrawnAt != null) {
      return SurveyLinkStatus.WITHDRAWN;
    }
    if (!isGroup() && usedAt != null) {
      return SurveyLinkStatus.USED;
    }
    return now.isBefore(expiresAt) ? SurveyLinkStatus.OPEN : SurveyLinkStatus.EXPIRED;
  }
}
