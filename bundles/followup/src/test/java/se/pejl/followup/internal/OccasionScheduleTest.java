package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.api.followup.OccasionStatus.DONE;
import static se.pejl.api.followup.OccasionStatus.DUE;
import static se.pejl.api.followup.OccasionStatus.MISSED;
import static se.pejl.api.followup.OccasionStatus.NOT_APPLICABLE;
import static se.pejl.api.followup.OccasionStatus.OVERDUE;
import static se.pejl.api.followup.OccasionStatus.PLANNED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.followup.PlannedOccasion;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OccasionScheduleTest {
  static final MeasurementPlan SUPPORT_GROUP = MeasurementPlan.parse("support-group", new String[] {
      "start = start window -14d/+30d instruments child-wellbeing",
      "end = end window -14d/+30d instruments child-wellbeing",
      "followup-6m = end+6m window -30d/+60d instruments child-wellbeing"});
  static final MeasurementPlan PLACEMENT = MeasurementPlan.parse("family-home", new String[] {
      "start = start window -14d/+30d instruments child-wellbeing",
      "review = start+6m every 6m window -30d/+30d instruments child-wellbeing",
      "end = end window -14d/+30d instruments child-wellbeing"});

  final Episode group = episode("support-group", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), null);

  @Test
  void for_statistics_the_windows_of_the_occasions_due_by_a_day_are_listed() {
    var windows = new OccasionSchedule(SUPPORT_GROUP).windows(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31),
        null, LocalDate.of(2026, 8, 1));

    // followup-6m is due on 2026-11-30, after the day asked about
    assertThat(windows).extracting(w -> w.key(), w -> w.due(), w -> w.from(), w -> w.to()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("start", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 31)),
        org.assertj.core.groups.Tuple.tuple("end", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 17), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void for_statistics_a_repeated_occasion_is_listed_while_the_placement_runs() {
    var windows = new OccasionSchedule(PLACEMENT).windows(LocalDate.of(2025, 1, 10), null, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 11, 1));

    assertThat(windows).extracting(w -> w.key())
        .containsExactly("start", "review-6m", "review-12m", "end");
  }

  @Test
  void before_the_window_an_occasion_is_planned_then_due_overdue_and_missed() {
    assertThat(status(group, "start", LocalDate.of(2026, 2, 14))).isEqualTo(PLANNED);
    assertThat(status(group, "start", LocalDate.of(2026, 2, 15))).isEqualTo(DUE);
    assertThat(status(group, "start", LocalDate.of(2026, 3, 1))).isEqualTo(DUE);
    assertThat(status(group, "start", LocalDate.of(2026, 3, 2))).isEqualTo(OVERDUE);
    assertThat(status(group, "start", LocalDate.of(2026, 3, 31))).isEqualTo(OVERDUE);
    assertThat(status(group, "start", LocalDate.of(2026, 4, 1))).isEqualTo(MISSED);
  }

  @Test
  void the_end_occasions_follow_the_planned_end_until_the_episode_has_ended() {
    PlannedOccasion followUp = occasion(group, "followup-6m", LocalDate.of(2026, 4, 1), Map.of(), Map.of());
    assertThat(followUp.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(followUp.windowStart()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(followUp.windowEnd()).isEqualTo(LocalDate.of(2027, 1, 29));

    Episode ended = episode("support-group", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 10));
    assertThat(occasion(ended, "end", LocalDate.of(2026, 5, 10), Map.of(), Map.of()).dueDate()).isEqualTo(LocalDate.of(2026, 5, 10));
  }

  @Test
  void without_a_planned_end_the_end_occasions_are_planned_without_a_date() {
    Episode open = episode("support-group", LocalDate.of(2026, 3, 1), null, null);
    PlannedOccasion end = occasion(open, "end", LocalDate.of(2027, 1, 1), Map.of(), Map.of());
    assertThat(end.dueDate()).isNull();
    assertThat(end.status()).isEqualTo(PLANNED);
  }

  @Test
  void answered_instruments_make_it_done_and_a_reason_makes_it_not_applicable() {
    LocalDate late = LocalDate.of(2026, 6, 1);
    assertThat(occasion(group, "start", late, Map.of("start", Set.of("child-wellbeing")), Map.of()).status()).isEqualTo(DONE);
    PlannedOccasion moved = occasion(group, "end", late, Map.of(), Map.of("end", "Familjen flyttade"));
    assertThat(moved.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(moved.notApplicableReason()).isEqualTo("Familjen flyttade");
  }

  @Test
  void a_placement_is_reviewed_every_six_months_while_it_runs() {
    Episode placement = episode("family-home", LocalDate.of(2025, 1, 15), null, null);
    List<PlannedOccasion> all = new OccasionSchedule(PLACEMENT).occasions(EpisodeOutline.of(placement), Map.of(), Map.of(), LocalDate.of(2026, 3, 1));

    assertThat(all).extracting(PlannedOccasion::key)
        .containsExactly("start", "review-6m", "review-12m", "review-18m", "end");
    assertThat(all.get(3).dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(new OccasionSchedule(PLACEMENT).accepts(EpisodeOutline.of(placement), "review-12m", LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(new OccasionSchedule(PLACEMENT).accepts(EpisodeOutline.of(placement), "review", LocalDate.of(2026, 3, 1))).isFalse();
  }

  @Test
  void a_wrong_plan_line_is_named() {
    assertThatThrownBy(() -> MeasurementPlan.parse("hvb", new String[] {"start = begin window -1d/+1d instruments x"}))
        .hasMessageContaining("occasions[0] of hvb");
    assertThatThrownBy(() -> MeasurementPlan.parse("hvb", new String[] {
        "start = start window -1d/+1d instruments x", "start = end window -1d/+1d instruments x"}))
        .hasMessageContaining("the key start appears twice");
    assertThatThrownBy(() -> MeasurementPlan.parse("HVB!", new String[] {"start = start window -1d/+1d instruments x"}))
        .hasMessageContaining("episodeType");
  }

  @Test
  void an_occasion_cannot_be_due_before_its_episode_starts() {
    // Lists of a period's occasions skip episodes started after it, trusting this.
    assertThatThrownBy(() -> MeasurementPlan.parse("hvb", new String[] {
        "before = start-14d window -1d/+1d instruments x"})).hasMessageContaining("occasions[0] of hvb");
    Episode placement = episode("family-home", LocalDate.of(2025, 1, 15), null, LocalDate.of(2026, 6, 30));
    assertThat(new OccasionSchedule(PLACEMENT).occasions(EpisodeOutline.of(placement), Map.of(), Map.of(),
        LocalDate.of(2027, 1, 1))).allSatisfy(o -> assertThat(o.dueDate()).isAfterOrEqualTo(placement.start()));
  }

  private OccasionStatus status(Episode e, String key, LocalDate today) {
    return occasion(e, key, today, Map.of(), Map.of()).status();
  }

  private static PlannedOccasion occasion(Episode e, String key, LocalDate today,
      Map<String, Set<String>> answered, Map<String, String> notApplicable) {
    return new OccasionSchedule(SUPPORT_GROUP).occasions(EpisodeOutline.of(e), answered, notApplicable, today).stream()
        .filter(o -> o.key().equals(key)).findFirst().orElseThrow();
  }

  static Episode episode(String type, LocalDate start, LocalDate plannedEnd, LocalDate end) {
    return new Episode(1, new ClientRef("T-1"), MunicipalityCode.of("1407"), type, "Stödgruppen",
        "caseworker.tjorn", null, start, plannedEnd, end, "Stöd", List.of(Goal.of("Må bättre")), null,
        null, null, 0);
  }
}
