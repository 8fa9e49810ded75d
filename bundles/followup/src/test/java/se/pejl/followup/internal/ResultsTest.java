package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.followup.Change.Category;
import se.pejl.api.followup.Change.Reason;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ScaleCourse;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;
import se.pejl.api.forms.Text;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResultsTest {
  static final LocalDate JAN = LocalDate.of(2026, 1, 10);
  static final LocalDate APR = LocalDate.of(2026, 4, 10);

  /** Version 1 and 2 share "total" (2 declares itself the same as 1); version 3 starts it anew. */
  final Instrument v1 = instrument(1, scale("total", new Norm(12, 5, 0.8), null), scale("sleep", null, null));
  final Instrument v2 = instrument(2, scale("total", new Norm(12, 5, 0.8), 1));
  final Instrument v3 = instrument(3, scale("total", new Norm(12, 5, 0.8), null));
  final InstrumentRegistry registry = new InstrumentRegistry() {
    public Optional<Instrument> find(String id) { return Optional.of(v3); }
    public List<Instrument> all() { return List.of(v3); }
    public Optional<Instrument> find(String id, int version) {
      return List.of(v1, v2, v3).stream().filter(i -> i.id().equals(id) && i.version() == version).findFirst();
    }
    public boolean comparable(String id, String scaleId, int a, int b) {
      return Math.max(a, b) <= 2 || a == b;
    }
  };
  final Results results = new Results(registry, (instrument, scale) -> Optional.empty());

  @Test
  void each_scale_has_its_score_at_each_occasion_and_the_change_from_the_first_to_the_latest() {
    EpisodeResults r = results.of(7, List.of(
        answer(2, "end", APR, 1, Map.of("total", 15.0, "sleep", 3.0)),
        answer(1, "start", JAN, 1, Map.of("total", 8.0, "sleep", 2.0))));

    assertThat(r.episodeId()).isEqualTo(7);
    assertThat(r.scales()).extracting(ScaleCourse::scaleId).containsExactly("total", "sleep");
    ScaleCourse total = r.scales().get(0);
    assertThat(total.points()).extracting(p -> p.occasion(), p -> p.score())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("start", 8.0), org.assertj.core.groups.Tuple.tuple("end", 15.0));
    assertThat(total.nameEn()).isEqualTo("total in English");
    assertThat(total.bbicArea()).isEqualTo("emotional-behavioural");
    assertThat(total.change().rci()).isCloseTo(2.2136, within(1e-4));
    assertThat(total.change().category()).isEqualTo(Category.IMPROVED);
    assertThat(r.scales().get(1).change().category()).isEqualTo(Category.UNKNOWN);
    assertThat(r.scales().get(1).change().reason()).isEqualTo(Reason.NO_NORM);
  }

  @Test
  void a_scale_without_its_own_norm_takes_the_one_the_indicators_use() {
    Results withRegionNorm = new Results(registry,
        (instrument, scale) -> scale.equals("sleep") ? Optional.of(new Norm(2, 0.5, 0.7)) : Optional.empty());

    ScaleCourse sleep = withRegionNorm.of(7, List.of(answer(1, "start", JAN, 1, Map.of("sleep", 2.0)),
        answer(2, "end", APR, 1, Map.of("sleep", 3.0)))).scales().get(0);

    // S_diff = √2 · 0.5 · √0.3 = 0.3873, RCI = 1 / 0.3873 = 2.58 > 1.96
    assertThat(sleep.change().rci()).isCloseTo(2.582, within(1e-3));
    assertThat(sleep.change().category()).isEqualTo(Category.IMPROVED);
  }

  @Test
  void a_scale_answered_once_has_its_point_and_no_change() {
    ScaleCourse only = results.of(7, List.of(answer(1, "start", JAN, 1, Map.of("total", 8.0)))).scales().get(0);

    assertThat(only.points()).hasSize(1);
    assertThat(only.change()).isNull();
  }

  @Test
  void scores_under_versions_declared_comparable_are_compared() {
    ScaleCourse total = results.of(7, List.of(answer(1, "start", JAN, 1, Map.of("total", 15.0)),
        answer(2, "end", APR, 2, Map.of("total", 8.0)))).scales().get(0);

    assertThat(total.change().category()).isEqualTo(Category.WORSENED);
  }

  @Test
  void scores_under_versions_not_declared_comparable_are_unknown_with_the_reason() {
    ScaleCourse total = results.of(7, List.of(answer(1, "start", JAN, 1, Map.of("total", 8.0)),
        answer(2, "end", APR, 3, Map.of("total", 15.0)))).scales().get(0);

    assertThat(total.change().category()).isEqualTo(Category.UNKNOWN);
    assertThat(total.change().reason()).isEqualTo(Reason.VERSIONS_NOT_COMPARABLE);
    assertThat(total.change().rci()).isNull();
    assertThat(total.points()).extracting(p -> p.instrumentVersion()).containsExactly(1, 3);
  }

  @Test
  void a_start_entered_after_the_end_is_still_the_baseline() {
    ScaleCourse total = results.of(7, List.of(answer(1, "end", JAN, 1, Map.of("total", 15.0)),
        answer(2, "start", APR, 1, Map.of("total", 8.0)))).scales().get(0);

    assertThat(total.change().from().occasion()).isEqualTo("start");
    assertThat(total.change().category()).isEqualTo(Category.IMPROVED);
  }

  @Test
  void a_scale_whose_definition_is_gone_keeps_its_scores_and_is_unknown() {
    ScaleCourse gone = results.of(7, List.of(answer(1, "start", JAN, 9, Map.of("total", 8.0)),
        answer(2, "end", APR, 9, Map.of("total", 15.0)))).scales().get(0);

    assertThat(gone.nameSv()).isEqualTo("total");
    assertThat(gone.change().reason()).isEqualTo(Reason.DEFINITION_MISSING);
  }

  @Test
  void an_episode_without_answers_has_no_scales() {
    assertThat(results.of(7, List.of()).scales()).isEmpty();
  }

  static Response answer(long id, String occasion, LocalDate day, int version, Map<String, Double> scores) {
    return new Response(id, 7, "child-wellbeing", version, occasion, day, scores);
  }

  static Instrument instrument(int version, Scale... scales) {
    return new Instrument("child-wellbeing", version, "Mitt mående", "How I feel",
        List.of(new Item("q1", 0, 4, "Jag mår bra.", "I feel good.", false)), List.of(scales));
  }

  static Scale scale(String id, Norm norm, Integer sameAs) {
    return new Scale(id, new Text(id + " på svenska", id + " in English"), ScaleMethod.SUM, List.of("q1"), 0, 20, 1,
        true, null, norm, "emotional-behavioural", sameAs, 0);
  }
}
