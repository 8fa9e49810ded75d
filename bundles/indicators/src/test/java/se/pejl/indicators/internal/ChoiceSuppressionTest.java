package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The small-number rule for one item's counts, threshold 3. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChoiceSuppressionTest {

  @Test
  void large_counts_and_zeros_are_published() {
    assertThat(ChoiceSuppression.hidden(new int[] {0, 3, 7, 0}, 3)).containsExactly(false, false, false, false);
  }

  @Test
  void a_lone_small_count_takes_the_smallest_other_count_with_it_the_lowest_choice_among_equals() {
    assertThat(ChoiceSuppression.hidden(new int[] {2, 5, 0, 5, 9}, 3)).containsExactly(true, true, false, false, false);
  }

  @Test
  void two_small_counts_hide_each_other_unless_both_are_ones() {
    assertThat(ChoiceSuppression.hidden(new int[] {1, 2, 9}, 3)).containsExactly(true, true, false);
    assertThat(ChoiceSuppression.hidden(new int[] {1, 1, 9}, 3)).containsExactly(true, true, true);
  }

  @Test
  void an_item_is_hidden_whole_when_n_is_small_or_only_n_would_keep_its_ones_unknown() {
    assertThat(ChoiceSuppression.hidden(new int[] {0, 2, 0}, 3)).isNull();
    assertThat(ChoiceSuppression.hidden(new int[] {0, 0, 0}, 3)).isNull();
    assertThat(ChoiceSuppression.hidden(new int[] {1, 1, 1, 0}, 3)).isNull();
  }
}
