package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.store.ScoreObservation;
import se.pejl.indicators.internal.ChangeFromStartToEnd.Change;
import se.pejl.indicators.internal.ChangeFromStartToEnd.Pairing;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeFromStartToEndTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final ChangeFromStartToEnd SAME_VERSION_ONLY = new ChangeFromStartToEnd((v, w) -> v == w);
  static final ChangeFromStartToEnd VERSION_2_SAME_AS_1 = new ChangeFromStartToEnd((v, w) -> true);

  static ScoreObservation answer(long episode, String occasion, int version, double score) {
    return new ScoreObservation(episode, occasion, version, TJORN, Gender.BOY, 13, "Enhet", score);
  }

  final List<ScoreObservation> observations = List.of(
      answer(1, "start", 1, 10), answer(1, "end", 1, 12),   // version 1 at both
      answer(2, "start", 1, 10), answer(2, "end", 2, 15),   // version 1, then 2
      answer(3, "start", 2, 11), answer(3, "end", 2, 9),    // version 2 at both
      answer(4, "start", 2, 11), answer(4, "end", 1, 14),   // version 2, then 1 (an old form)
      answer(5, "start", 1, 10));                           // no end answer

  @Test
  void a_pair_of_two_versions_not_declared_comparable_is_left_out_and_counted() {
    Pairing p = SAME_VERSION_ONLY.pair(observations);

    assertThat(p.changes()).extracting(c -> c.start().episodeId()).containsExactly(1L, 3L);
    assertThat(p.notComparable()).isEqualTo(2);
  }

  @Test
  void a_pair_of_two_versions_declared_comparable_counts() {
    Pairing p = VERSION_2_SAME_AS_1.pair(observations);

    assertThat(p.changes()).extracting(c -> c.start().episodeId()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(p.changes()).filteredOn(c -> c.start().episodeId() == 2).singleElement()
        .satisfies(c -> assertThat(c.improved(true)).isTrue());
    assertThat(p.notComparable()).isZero();
  }

  @Test
  void the_versions_are_asked_about_in_start_then_end_order() {
    List<String> asked = new java.util.ArrayList<>();
    new ChangeFromStartToEnd((v, w) -> asked.add(v + "->" + w)).pair(observations);
    assertThat(asked).containsExactly("1->1", "1->2", "2->2", "2->1");
  }

  @Test
  void the_latest_end_answer_counts_even_when_an_earlier_one_was_comparable() {
    Pairing p = SAME_VERSION_ONLY.pair(List.of(
        answer(1, "start", 1, 10), answer(1, "end", 1, 12), answer(1, "end", 2, 13)));

    assertThat(p.changes()).isEmpty();
    assertThat(p.notComparable()).isEqualTo(1);
  }

  @Test
  void a_change_keeps_both_answers_with_their_versions() {
    Change c = VERSION_2_SAME_AS_1.pair(observations).changes().get(1);
    assertThat(c.start().instrumentVersion()).isEqualTo(1);
    assertThat(c.end().instrumentVersion()).isEqualTo(2);
  }
}
