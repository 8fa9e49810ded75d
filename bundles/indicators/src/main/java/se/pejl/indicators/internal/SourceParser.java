package se.pejl.indicators.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;

/** Reads the part of a definition that says what its kind is computed from. */
final class SourceParser {
  private static final String EPISODES = "episodes";
  private static final String ANSWERS = "answers";

  private final Fields f;
  private final Kind kind;

  SourceParser(Fields f, Kind kind) {
    this.f = f;
    this.kind = kind;
  }

  /** The properties the kind allows beside the common ones. */
  Set<String> allowed() {
    return switch (kind) {
      case COUNT -> Set.of("of", "instrument", "occasions", "episodeTypes", "closedOnly");
      case SHARE -> Set.of("of", "instrument", "occasions", "episodeTypes", "closedOnly", "condition",
          "missingCountsAs");
      case MEAN, MEDIAN -> Set.of("of", "instrument", "scale", "occasions", "episodeTypes", "measure");
      case MEAN_CHANGE -> Set.of("instrument", "scale", "from", "to", "episodeTypes");
      case RELIABLE_CHANGE -> Set.of("instrument", "scale", "from", "to", "episodeTypes", "category");
      case COVERAGE, GOAL_ATTAINMENT -> Set.of("episodeTypes");
      case RESPONSE_RATE -> Set.of("instrument", "episodeTypes");
    };
  }

  Source source() {
    Set<String> types = f.has("episodeTypes") ? Set.copyOf(f.strings("episodeTypes")) : Set.of();
    return switch (kind) {
      case COUNT, SHARE, MEAN, MEDIAN -> ofAnswersOrEpisodes(types);
      case MEAN_CHANGE, RELIABLE_CHANGE -> change(types);
      case COVERAGE -> new Source(Population.OCCASIONS, null, null, List.of(), null, null, null, null, types,
          null, false, false);
      case GOAL_ATTAINMENT -> new Source(Population.EPISODES, null, null, List.of(), null, null, null, null,
          types, null, true, false);
      case RESPONSE_RATE -> new Source(Population.LINKS, f.has("instrument") ? f.id("instrument") : null, null,
          List.of(), null, null, null, null, types, null, false, false);
    };
  }

  private Source ofAnswersOrEpisodes(Set<String> types) {
    String of = f.text("of");
    if (EPISODES.equals(of)) {
      refuse("instrument", "scale", "occasions", "missingCountsAs");
      Condition condition = kind == Kind.SHARE ? episodeCondition() : null;
      EpisodeMeasure measure = null;
      if (kind == Kind.MEAN || kind == Kind.MEDIAN) {
        String m = f.text("measure");
        measure = EpisodeMeasure.of(m).orElseThrow(() -> f.error("measure",
            "\"" + m + "\" is not a measure of episodes; one of days-to-first-answer"));
      }
      return new Source(Population.EPISODES, null, null, List.of(), null, null, null, condition, types, measure,
          f.flag("closedOnly", false), false);
    }
    if (!ANSWERS.equals(of)) {
      throw f.error("of", "must be \"" + EPISODES + "\" or \"" + ANSWERS + "\", not \"" + of + "\"");
    }
    refuse("measure", "closedOnly");
    String instrument = f.id("instrument");
    String scale = null;
    if (kind == Kind.MEAN || kind == Kind.MEDIAN) {
      scale = Source.EVERY_AREA.equals(f.text("scale")) ? Source.EVERY_AREA : f.id("scale");
    }
    List<String> occasions = f.has("occasions") ? occasions() : List.of();
    Condition condition = kind == Kind.SHARE ? answerCondition() : null;
    boolean missingAsNo = kind == Kind.SHARE && missingAsNo();
    return new Source(Population.ANSWERS, instrument, scale, occasions, null, null, null, condition, types, null,
        false, missingAsNo);
  }

  private Source change(Set<String> types) {
    String from = f.id("from");
    String to = f.id("to");
    if (from.equals(to)) {
      throw f.error("to", "must be another occasion than \"from\"");
    }
    ChangeCategory category = null;
    if (kind == Kind.RELIABLE_CHANGE) {
      String c = f.text("category");
      category = ChangeCategory.of(c).orElseThrow(() -> f.error("category", "\"" + c
          + "\" is not a category; one of improved, unchanged, worsened, recovered, deteriorated, better, worse"));
    }
    return new Source(Population.PAIRS, f.id("instrument"), f.id("scale"), List.of(), from, to, category, null,
        types, null, false, false);
  }

  private List<String> occasions() {
    List<String> occasions = f.strings("occasions");
    if (occasions.isEmpty()) {
      throw f.error("occasions", "must name at least one occasion, or be left out for all");
    }
    if (new HashSet<>(occasions).size() != occasions.size()) {
      throw f.error("occasions", "names an occasion twice");
    }
    return occasions;
  }

  private Condition episodeCondition() {
    Fields c = f.object("condition").only("documented");
    List<String> parts = c.strings("documented");
    for (int i = 0; i < parts.size(); i++) {
      if (!Condition.Documented.PARTS.contains(parts.get(i))) {
        throw new DefinitionException(f.file(), c.path("documented") + "[" + i + "]", "\"" + parts.get(i)
            + "\" is not a part of the documentation; one of content, goals, purpose, result");
      }
    }
    if (parts.isEmpty()) {
      throw c.error("documented", "must name at least one part");
    }
    return new Condition.Documented(Set.copyOf(parts));
  }

  private Condition answerCondition() {
    Fields c = f.object("condition").only("scale", "item", "atLeast", "atMost");
    if (c.has("scale") == c.has("item")) {
      throw f.error("condition", "must name either a \"scale\" or an \"item\"");
    }
    if (!c.has("atLeast") && !c.has("atMost")) {
      throw f.error("condition", "needs \"atLeast\", \"atMost\" or both");
    }
    Double atLeast = c.has("atLeast") ? c.number("atLeast") : null;
    Double atMost = c.has("atMost") ? c.number("atMost") : null;
    if (atLeast != null && atMost != null && atMost < atLeast) {
      throw c.error("atMost", "is below atLeast: no answer could count");
    }
    boolean item = c.has("item");
    return new Condition.Within(item ? c.id("item") : c.id("scale"), item, atLeast, atMost);
  }

  private boolean missingAsNo() {
    if (!f.has("missingCountsAs")) {
      return false;
    }
    String m = f.text("missingCountsAs");
    if (!m.equals("excluded") && !m.equals("no")) {
      throw f.error("missingCountsAs", "must be \"excluded\" or \"no\", not \"" + m + "\"");
    }
    return m.equals("no");
  }

  private void refuse(String... names) {
    for (String name : names) {
      if (f.has(name)) {
        throw f.error(name, "does not apply to " + kind.key() + " over " + f.text("of"));
      }
    }
  }
}
