package se.pejl.followup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.Access;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.store.SurveyLinkRepository;
import se.pejl.api.survey.CreatedSurveyLink;
import se.pejl.api.survey.NewSurveyLink;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkService;

/** Survey links as caseworkers make, list and withdraw them. */
@Component(service = SurveyLinkService.class)
public final class SurveyLinks implements SurveyLinkService {
  static final int DEFAULT_DAYS = 14;
  /** Long enough for a follow-up window, short enough that a forgotten link does not linger. */
  static final int MAX_DAYS = 60;

  private final SurveyLinkRepository links;
  private final Episodes episodes;
  private final InstrumentRegistry instruments;
  private final AuditLog audit;
  private final Clock clock;
  private final SurveyTokens tokens;

  @Activate
  public SurveyLinks(@Reference SurveyLinkRepository links, @Reference Episodes episodes,
      @Reference InstrumentRegistry instruments, @Reference AuditLog audit) {
    this(links, episodes, instruments, audit, Clock.systemUTC(), new SurveyTokens());
  }

  SurveyLinks(SurveyLinkRepository links, Episodes episodes, InstrumentRegistry instruments, AuditLog audit,
      Clock clock, SurveyTokens tokens) {
    this.links = links;
    this.episodes = episodes;
    this.instruments = instruments;
    this.audit = audit;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public CreatedSurveyLink create(PejlUser user, NewSurveyLink n) {
    Roles.requireClientWork(user);
    if ((n.episodeId() == null) == (n.groupId() == null || n.groupId().isBlank())) {
      throw new InvalidInputException("episodeId", "error.surveyLink.target");
    }
    String language = n.language() == null || n.language().isBlank() ? "sv" : n.language().trim();
    if (!language.equals("sv") && !language.equals("en")) {
      throw new InvalidInputException("language", "error.surveyLink.language", language);
    }
    int days = n.validDays() == null ? DEFAULT_DAYS : n.validDays();
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException("validDays", "error.surveyLink.validDays", MAX_DAYS, days);
    }
    Episode target = n.episodeId() != null ? episodes.get(user.municipality(), n.episodeId())
        : firstOfGroup(user, n.groupId().trim());
    episodes.requireOccasion(target, n.occasion());
    if (instruments.find(n.instrumentId() == null ? "" : n.instrumentId()).isEmpty()) {
      throw new InvalidInputException("instrumentId", "error.instrument.unknown", n.instrumentId());
    }
    Instant now = clock.instant();
    String token = tokens.next();
    SurveyLink link = links.insert(SurveyTokens.hash(token), new SurveyLink(0, user.municipality(),
        n.episodeId(), n.episodeId() == null ? n.groupId().trim() : null, target.unit(), n.occasion(),
        n.instrumentId(), language, user.id(), now, now.plus(Duration.ofDays(days)), null, null, 0));
    return new CreatedSurveyLink(link, token);
  }

  @Override
  public List<SurveyLink> ofEpisode(Access access, long episodeId) {
    Roles.requireClientWork(access.user());
    Episode e = episodes.get(access.user().municipality(), episodeId);
    audit.record(access, e.client(), "survey links of episode " + e.id());
    return links.ofEpisode(e.municipality(), e.id());
  }

  @Override
  public List<SurveyLink> ofGroup(PejlUser user, String groupId) {
    Roles.requireClientWork(user);
    return links.ofGroup(user.municipality(), groupId);
  }

  @Override
  public SurveyLink withdraw(PejlUser user, long linkId) {
    Roles.requireClientWork(user);
    return links.withdraw(user.municipality(), linkId, clock.instant());
  }

  /**
   * A group is real for the user when episodes of the user's municipality carry it; the first
   * one gives the plan (for the occasion) and the unit the anonymous answers are counted for.
   */
  private Episode firstOfGroup(PejlUser user, String groupId) {
    return episodes.find(user.municipality(), EpisodeQuery.all()).stream()
        .filter(e -> groupId.equals(e.groupId()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("groupId", "error.group.notFound", groupId));
  }
}
