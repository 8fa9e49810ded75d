package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Condition;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Scale;

/** For any valid set of answers to any shipped instrument, every score is within its scale's range. */
class ScoresInRangePropertyTest {
  private static final List<Instrument> SHIPPED = Definitions.shipped().all();
  private final AnswerScorer scorer = new AnswerScorer();

  @Property(tries = 2000)
  void every_score_stays_within_its_scale_range(@ForAll("answered") Answered answered) {
    var scored = scorer.score(answered.instrument(), answered.answers());
    for (Scale scale : answered.instrument().scales()) {
      Double score = scored.scores().get(scale.id());
      if (score != null) {
        assertThat(score).as(answered.instrument().id() + " " + scale.id())
            .isBetween(scale.min() - 1e-9, scale.max() + 1e-9);
      }
    }
  }

  record Answered(Instrument instrument, Map<String, Object> answers) {}

  @Provide
  Arbitrary<Answered> answered() {
    return Arbitraries.of(SHIPPED).flatMap(i -> Arbitraries.randomValue(random -> answer(i, random)));
  }

  /** Answers as a respondent could give them: required items always, others now and then. */
  private static Answered answer(Instrument instrument, Random random) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      if (!shown(item.showWhen(), answers) || (!item.required() && random.nextInt(4) == 0)) {
        continue;
      }
      answers.put(item.id(), value(item, random));
    }
    return new Answered(instrument, answers);
  }

  private static boolean shown(Condition when, Map<String, Object> answers) {
    if (when == null) {
      return true;
    }
    Object answer = answers.get(when.item());
    if (answer == null) {
      return false;
    }
    if (when.values().isEmpty()) {
      return true;
    }
    if (answer instanceof List<?> chosen) {
      return chosen.stream().anyMatch(when.values()::contains);
    }
    return answer instanceof Integer v && when.values().contains(v);
  }

  private static Object value(Item item, Random random) {
    List<Choice> choices = item.choices();
    return switch (item.type()) {
      case SINGLE_CHOICE, GOAL_ATTAINMENT, YES_NO -> choices.get(random.nextInt(choices.size())).value();
      case NUMBER -> item.min() + random.nextDouble() * (item.max() - item.min());
      case MULTIPLE_CHOICE -> choices.stream().filter(c -> random.nextBoolean()).map(Choice::value).toList();
      case DATE -> "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
      case TEXT -> "svar " + random.nextInt(100);
    };
  }
}
