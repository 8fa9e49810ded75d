package se.pejl.web.internal;

import java.util.List;
import java.util.Locale;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Condition;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Respondent;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.Section;

/** Instruments as the API shows them: texts in one language, keys in lower case. */
public final class InstrumentJson {
  private InstrumentJson() {}

  public record Summary(String id, int version, String title, List<String> respondents, int items,
      List<String> scales) {
    static Summary of(Instrument i, Locale lang) {
      return new Summary(i.id(), i.version(), i.title().in(lang), keys(i.respondents()), i.items().size(),
          i.scales().stream().map(Scale::id).toList());
    }
  }

  public record View(String id, int version, String language, String respondent, boolean answerable,
      String title, String description, List<String> respondents, List<SectionView> sections,
      List<ItemView> items, List<ScaleView> scales) {
    static View of(Instrument i, Locale lang, Respondent respondent, boolean answerable) {
      return new View(i.id(), i.version(), lang.getLanguage(), respondent == null ? null : respondent.key(),
          answerable, i.title().in(lang), i.description() == null ? null : i.description().in(lang),
          keys(i.respondents()), i.sections().stream().map(s -> SectionView.of(s, lang)).toList(),
          i.items().stream().map(it -> ItemView.of(it, lang, respondent)).toList(),
          i.scales().stream().map(s -> ScaleView.of(s, lang)).toList());
    }
  }

  public record SectionView(String id, String title, String bbicArea) {
    static SectionView of(Section s, Locale lang) {
      return new SectionView(s.id(), s.title().in(lang), s.bbicArea());
    }
  }

  public record ChoiceView(int value, String label) {
    static ChoiceView of(Choice c, Locale lang) {
      return new ChoiceView(c.value(), c.label().in(lang));
    }
  }

  public record ItemView(String id, String type, String section, String text, List<ChoiceView> choices,
      Integer min, Integer max, boolean required, boolean reversed, Condition showWhen) {
    static ItemView of(Item i, Locale lang, Respondent respondent) {
      boolean number = i.type() == se.pejl.api.forms.ItemType.NUMBER;
      return new ItemView(i.id(), i.type().key(), i.section(), i.text(respondent).in(lang),
          i.choices().stream().map(c -> ChoiceView.of(c, lang)).toList(),
          number ? i.min() : null, number ? i.max() : null, i.required(), i.reversed(), i.showWhen());
    }
  }

  public record ScaleView(String id, String name, String method, List<String> items, double min,
      double max, double minAnswered, boolean higherIsBetter, Double cutOff, Norm norm, String bbicArea,
      Integer sameAs) {
    static ScaleView of(Scale s, Locale lang) {
      return new ScaleView(s.id(), s.name().in(lang), s.method().key(), s.items(), s.min(), s.max(),
          s.minAnswered(), s.higherIsBetter(), s.cutOff(), s.norm(), s.bbicArea(), s.sameAs());
    }
  }

  private static List<String> keys(List<Respondent> respondents) {
    return respondents.stream().map(Respondent::key).toList();
  }
}
