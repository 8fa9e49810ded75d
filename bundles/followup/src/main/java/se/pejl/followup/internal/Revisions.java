package se.pejl.followup.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.Access;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.ResponseRevision;
import se.pejl.api.followup.ResponseService;
import se.pejl.api.forms.AnswerScoring;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.ScoredAnswers;
import se.pejl.api.store.AnswerRepository;

/**
 * Edits of submitted answers. An edit is validated and scored under the version the answer was
 * given under, never a newer one, so a new version does not change an old answer.
 */
@Component(service = ResponseService.class)
public final class Revisions implements ResponseService {
  static final int MAX_REASON = 1000;

  private final AnswerRepository answers;
  private final Episodes episodes;
  private final InstrumentRegistry instruments;
  private final AnswerScoring scoring;
  private final AuditLog audit;
  private final Clock clock;

  @Activate
  public Revisions(@Reference AnswerRepository answers, @Reference Episodes episodes,
      @Reference InstrumentRegistry instruments, @Reference AnswerScoring scoring, @Reference AuditLog audit) {
    this(answers, episodes, instruments, scoring, audit, Clock.systemUTC());
  }

  Revisions(AnswerRepository answers, Episodes episodes, InstrumentRegistry instruments, AnswerScoring scoring,
      AuditLog audit, Clock clock) {
    this.answers = answers;
    this.episodes = episodes;
    this.instruments = instruments;
    this.scoring = scoring;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ResponseRevision response(Access access, long responseId) {
    Roles.requireClientWork(access.user());
    ResponseRevision current = current(access.user(), responseId);
    audit.record(access, episodeOf(access.user(), current).client(), "response " + responseId);
    return current;
  }

  @Override
  public List<ResponseRevision> revisions(Access access, long responseId) {
    Roles.requireClientWork(access.user());
    ResponseRevision current = current(access.user(), responseId);
    audit.record(access, episodeOf(access.user(), current).client(), "response revisions " + responseId);
    return answers.revisions(access.user().municipality(), responseId);
  }

  @Override
  public ResponseRevision revise(PejlUser user, long responseId, Integer basedOn, Map<String, Object> given,
      String reason) {
    Roles.requireClientWork(user);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "error.response.reason");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidInputException("reason", "error.text.tooLong", "reason", MAX_REASON);
    }
    ResponseRevision current = current(user, responseId);
    episodeOf(user, current);
    Instrument instrument = instruments.find(current.instrumentId(), current.instrumentVersion())
        .orElseThrow(() -> new InvalidInputException("answers", "error.instrument.version",
            current.instrumentId(), current.instrumentVersion()));
    ScoredAnswers scored = scoring.score(instrument, given == null ? Map.of() : given);
    return answers.revise(user.municipality(), responseId, basedOn == null ? current.revision() : basedOn,
        scored.answers(), scored.itemValues(), scored.scores(), user.id(), clock.instant(), reason.trim());
  }

  /**
   * An anonymous group answer has no episode and is never shown one by one, so it is "not found"
   * here like any answer the user may not see.
   */
  private ResponseRevision current(PejlUser user, long responseId) {
    return answers.current(user.municipality(), responseId).filter(r -> r.episodeId() != 0)
        .orElseThrow(() -> new NotFoundException("error.response.notFound", responseId));
  }

  private Episode episodeOf(PejlUser user, ResponseRevision r) {
    return episodes.get(user.municipality(), r.episodeId());
  }
}
