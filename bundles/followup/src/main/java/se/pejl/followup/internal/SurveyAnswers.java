package se.pejl.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.NotFoundException;
import se.pejl.api.forms.Instrument;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.SurveyLinkRepository;
import se.pejl.api.survey.OpenSurvey;
import se.pejl.api.survey.SurveyAnswering;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkClosedException;
import se.pejl.api.survey.SurveyLinkStatus;

/**
 * The respondent's side of a survey link. There is no user: the answer is recorded as given
 * through {@code survey-link <id>}, and nothing is audited, since the respondent reads no client
 * data — the page shows only the instrument.
 */
@Component(service = SurveyAnswering.class)
public final class SurveyAnswers implements SurveyAnswering {
  private final SurveyLinkRepository links;
  private final Episodes episodes;
  private final Answers answers;
  private final Clock clock;

  @Activate
  public SurveyAnswers(@Reference SurveyLinkRepository links, @Reference Episodes episodes,
      @Reference Answers answers) {
    this(links, episodes, answers, Clock.systemUTC());
  }

  SurveyAnswers(SurveyLinkRepository links, Episodes episodes, Answers answers, Clock clock) {
    this.links = links;
    this.episodes = episodes;
    this.answers = answers;
    this.clock = clock;
  }

  @Override
  public OpenSurvey open(String token) {
    SurveyLink link = link(token);
    SurveyLinkStatus status = link.status(clock.instant());
    if (status != SurveyLinkStatus.OPEN) {
      throw new SurveyLinkClosedException(status, link.language());
    }
    Instrument instrument = answers.instrument(link.instrumentId());
    return new OpenSurvey(link, instrument);
  }

  @Override
  public void answer(String token, Map<String, Object> given) {
    OpenSurvey survey = open(token);
    SurveyLink link = survey.link();
    String by = "survey-link " + link.id();
    NewAnswer answer = link.isGroup()
        ? answers.anonymous(link.groupId(), link.unit(), link.occasion(), survey.instrument(), given, by)
        : answers.personal(episodes.get(link.municipality(), link.episodeId()), survey.instrument(),
            link.occasion(), null, given, by);
    // The link is checked again, under a lock, where the answer is stored: open() above is only
    // so that a closed link is told before the answers are scored.
    Instant now = clock.instant();
    links.answer(link.id(), answer, now);
  }

  /** The token itself is never put in a message or a log: it is a credential. */
  private SurveyLink link(String token) {
    if (!SurveyTokens.wellFormed(token)) {
      throw new NotFoundException("error.surveyLink.notFound", "?");
    }
    return links.findByTokenHash(SurveyTokens.hash(token))
        .orElseThrow(() -> new NotFoundException("error.surveyLink.notFound", "?"));
  }
}
