package se.pejl.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.Access;
import se.pejl.api.FieldError;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Draft;
import se.pejl.api.followup.DraftService;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.Instrument;
import se.pejl.api.store.DraftRepository;

/**
 * Drafts: a form saved half-filled is checked only for what cannot be fixed later (the episode,
 * the occasion, the instrument and that each item exists); the full check runs on submit.
 */
@Component(service = DraftService.class)
public final class Drafts implements DraftService {
  private final Episodes episodes;
  private final DraftRepository drafts;
  private final Answers answers;
  private final AuditLog audit;
  private final Clock clock;

  @Activate
  public Drafts(@Reference Episodes episodes, @Reference DraftRepository drafts, @Reference Answers answers,
      @Reference AuditLog audit) {
    this(episodes, drafts, answers, audit, Clock.systemUTC());
  }

  Drafts(Episodes episodes, DraftRepository drafts, Answers answers, AuditLog audit, Clock clock) {
    this.episodes = episodes;
    this.drafts = drafts;
    this.answers = answers;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Draft create(PejlUser user, AnswerSubmission partial) {
    Roles.requireClientWork(user);
    Episode e = episodes.get(user.municipality(), partial.episodeId());
    episodes.requireOccasion(e, partial.occasion());
    requireKnownItems(answers.instrument(partial.instrumentId()), partial.answers());
    return drafts.insert(user.municipality(), e.id(), partial.instrumentId(), partial.occasion(),
        partial.answeredOn(), partial.answers(), user.id(), clock.instant());
  }

  @Override
  public Draft replace(PejlUser user, long draftId, LocalDate answeredOn, Map<String, Object> given) {
    Roles.requireClientWork(user);
    Draft d = get(user, draftId);
    requireKnownItems(answers.instrument(d.instrumentId()), given == null ? Map.of() : given);
    return drafts.replace(user.municipality(), d.id(), answeredOn == null ? d.answeredOn() : answeredOn,
        Draft.withoutBlanks(given), user.id(), clock.instant());
  }

  @Override
  public Draft draft(Access access, long draftId) {
    Roles.requireClientWork(access.user());
    Draft d = get(access.user(), draftId);
    Episode e = episodes.get(access.user().municipality(), d.episodeId());
    audit.record(access, e.client(), "draft " + d.id());
    return d;
  }

  @Override
  public List<Draft> drafts(Access access, long episodeId) {
    Roles.requireClientWork(access.user());
    Episode e = episodes.get(access.user().municipality(), episodeId);
    audit.record(access, e.client(), "drafts of episode " + e.id());
    return drafts.ofEpisode(e.municipality(), e.id());
  }

  @Override
  public Response submit(PejlUser user, long draftId) {
    Roles.requireClientWork(user);
    Draft d = get(user, draftId);
    Episode e = episodes.get(user.municipality(), d.episodeId());
    episodes.requireOccasion(e, d.occasion());
    return answers.submit(user, e, new AnswerSubmission(e.id(), d.instrumentId(), d.occasion(), d.answeredOn(),
        d.answers()), d.id());
  }

  @Override
  public void discard(PejlUser user, long draftId) {
    Roles.requireClientWork(user);
    if (!drafts.delete(user.municipality(), draftId)) {
      throw new NotFoundException("error.draft.notFound", draftId);
    }
  }

  private Draft get(PejlUser user, long draftId) {
    return drafts.find(user.municipality(), draftId)
        .orElseThrow(() -> new NotFoundException("error.draft.notFound", draftId));
  }

  /** An unknown item would be refused on submit whatever else is filled in, so say it now. */
  private static void requireKnownItems(Instrument instrument, Map<String, Object> given) {
    List<FieldError> errors = new ArrayList<>();
    given.keySet().stream().filter(item -> instrument.item(item).isEmpty()).sorted()
        .forEach(item -> errors.add(FieldError.of("answers." + item, "error.answer.unknownItem", item)));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
