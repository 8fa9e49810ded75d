package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.followup.internal.Fakes.SKOVDE;
import static se.pejl.followup.internal.Fakes.TJORN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Access;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.ConflictException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Draft;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Response;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DraftsAndRevisionsTest {
  final Answering a = new Answering();
  final Drafts drafts = a.drafts();
  final Revisions revisions = a.revisions();
  final PejlUser anna = Answering.user("caseworker.tjorn", TJORN, Role.CASEWORKER);
  final PejlUser maja = Answering.user("manager.tjorn", TJORN, Role.MANAGER);
  final PejlUser bo = Answering.user("caseworker.skovde", SKOVDE, Role.CASEWORKER);
  final Episode episode = a.groupEpisode("T-1");

  @Test
  void a_half_filled_form_is_saved_finished_later_and_submitted_as_an_answer() {
    Draft d = drafts.create(anna, partial(Map.of("q1", 3)));
    assertThat(d.answers()).isEqualTo(Map.of("q1", 3));

    drafts.replace(anna, d.id(), null, Map.of("q1", 3, "q2", 1));
    Response r = drafts.submit(anna, d.id());

    assertThat(r.scores()).containsEntry("total", 6.0);
    assertThat(a.responses.rows).singleElement().satisfies(row -> assertThat(row.recordedBy()).isEqualTo("caseworker.tjorn"));
    assertThat(a.responses.removedDrafts).containsExactly(d.id());
    assertThatThrownBy(() -> drafts.draft(new Access(anna, "x"), d.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_draft_with_an_unknown_item_is_refused_naming_each_one_but_a_missing_item_is_fine() {
    assertThatThrownBy(() -> drafts.create(anna, partial(Map.of("q9", 1, "q8", 2))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .extracting(f -> f.field()).containsExactly("answers.q8", "answers.q9"));
    assertThat(drafts.create(anna, partial(Map.of())).answers()).isEmpty();
  }

  @Test
  void a_wrong_draft_is_not_submitted_and_stays_as_it_was() {
    Draft d = drafts.create(anna, partial(Map.of("q1", 7)));

    assertThatThrownBy(() -> drafts.submit(anna, d.id()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .extracting(f -> f.field()).containsExactly("answers.q1", "answers.q2"));
    assertThat(a.responses.rows).isEmpty();
    assertThat(drafts.draft(new Access(anna, "x"), d.id()).answers()).isEqualTo(Map.of("q1", 7));
  }

  @Test
  void reading_drafts_is_audited_and_another_municipality_sees_none() {
    Draft d = drafts.create(anna, partial(Map.of("q1", 1)));
    drafts.drafts(new Access(anna, "GET /pejl/api/drafts?episodeId=1"), episode.id());
    drafts.draft(new Access(anna, "GET /pejl/api/drafts/1"), d.id());

    assertThat(a.audit.records).containsExactly(
        "caseworker.tjorn T-1 drafts of episode 1 GET /pejl/api/drafts?episodeId=1",
        "caseworker.tjorn T-1 draft 1 GET /pejl/api/drafts/1");
    assertThatThrownBy(() -> drafts.draft(new Access(bo, "x"), d.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> drafts.submit(bo, d.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> drafts.create(bo, partial(Map.of()))).isInstanceOf(NotFoundException.class);
    PejlUser analyst = Answering.user("analyst.region", TJORN, Role.ANALYST);
    assertThatThrownBy(() -> drafts.create(analyst, partial(Map.of()))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void an_edit_makes_a_new_revision_with_who_when_and_why_and_the_first_stays_readable() {
    Response r = drafts.submit(anna, drafts.create(anna, partial(Map.of("q1", 3, "q2", 1))).id());

    var second = revisions.revise(maja, r.id(), 1, Map.of("q1", 4, "q2", 0), "Fel skalsteg registrerat");

    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.scores()).containsEntry("total", 8.0);
    assertThat(revisions.revisions(new Access(anna, "GET /pejl/api/responses/1/revisions"), r.id()))
        .extracting(v -> v.revision(), v -> v.changedBy(), v -> v.reason(), v -> v.scores().get("total"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "caseworker.tjorn", null, 6.0),
            org.assertj.core.groups.Tuple.tuple(2, "manager.tjorn", "Fel skalsteg registrerat", 8.0));
    assertThat(revisions.response(new Access(anna, "x"), r.id()).revision()).isEqualTo(2);
    assertThat(a.audit.records).hasSize(2).allMatch(s -> s.startsWith("caseworker.tjorn T-1 response"));
  }

  @Test
  void an_edit_needs_a_reason_valid_answers_and_the_newest_revision() {
    Response r = drafts.submit(anna, drafts.create(anna, partial(Map.of("q1", 3, "q2", 1))).id());

    assertThatThrownBy(() -> revisions.revise(anna, r.id(), null, Map.of("q1", 4, "q2", 0), " "))
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThatThrownBy(() -> revisions.revise(anna, r.id(), null, Map.of("q1", 5, "q2", 0), "Fel"))
        .hasFieldOrPropertyWithValue("field", "answers.q1");
    revisions.revise(anna, r.id(), null, Map.of("q1", 4, "q2", 0), "Fel");
    assertThatThrownBy(() -> revisions.revise(maja, r.id(), 1, Map.of("q1", 2, "q2", 0), "Annat"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> revisions.revise(bo, r.id(), null, Map.of("q1", 2, "q2", 0), "Annat"))
        .isInstanceOf(NotFoundException.class);
    assertThat(revisions.revisions(new Access(anna, "x"), r.id())).hasSize(2);
  }

  @Test
  void an_edit_is_checked_under_the_version_the_answer_was_given_under() {
    Response r = drafts.submit(anna, drafts.create(anna, partial(Map.of("q1", 3, "q2", 1))).id());
    a.wellbeing = new se.pejl.api.forms.Instrument("child-wellbeing", 2, "Mitt mående", "How I feel",
        List.of(), List.of());

    assertThatThrownBy(() -> revisions.revise(anna, r.id(), null, Map.of("q1", 4, "q2", 0), "Fel"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.key()).isEqualTo("error.instrument.version"));
  }

  private AnswerSubmission partial(Map<String, Object> answers) {
    return new AnswerSubmission(episode.id(), "child-wellbeing", "start", null, answers);
  }
}
