package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Condition;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Respondent;
import se.pejl.api.forms.Section;
import se.pejl.api.forms.Text;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;

/** Reads the {@code items} of a definition, in order, so skip logic can only look back. */
final class ItemParser {
  /** Goal attainment's five steps carry the standard wording unless the definition gives its own. */
  static final List<Choice> GAS_STEPS = List.of(
      new Choice(-2, new Text("Mycket sämre än förväntat", "Much less than expected")),
      new Choice(-1, new Text("Något sämre än förväntat", "Somewhat less than expected")),
      new Choice(0, new Text("Som förväntat", "As expected")),
      new Choice(1, new Text("Något bättre än förväntat", "Somewhat more than expected")),
      new Choice(2, new Text("Mycket bättre än förväntat", "Much more than expected")));
  static final List<Choice> YES_NO = List.of(
      new Choice(0, new Text("Nej", "No")), new Choice(1, new Text("Ja", "Yes")));

  private final Fields root;
  private final List<Respondent> respondents;
  private final List<Section> sections;
  private final Map<String, List<Choice>> choiceSets;
  private final Map<String, Item> earlier = new HashMap<>();

  ItemParser(Fields root, List<Respondent> respondents, List<Section> sections,
      Map<String, List<Choice>> choiceSets) {
    this.root = root;
    this.respondents = respondents;
    this.sections = sections;
    this.choiceSets = choiceSets;
  }

  List<Item> items() {
    JsonArray array = root.array("items");
    if (array.isEmpty()) {
      throw root.error("items", "an instrument needs at least one item");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Item item = item(Fields.element(root.file(), array, "$.items", i));
      earlier.put(item.id(), item);
      items.add(item);
    }
    return items;
  }

  private Item item(Fields f) {
    f.only("id", "type", "section", "text", "wording", "choices", "min", "max", "reversed",
        "required", "showWhen");
    String id = f.id("id");
    if (earlier.containsKey(id)) {
      throw f.error("id", "item id \"" + id + "\" appears twice");
    }
    String typeKey = f.text("type");
    ItemType type = ItemType.of(typeKey).orElseThrow(() -> f.error("type", "unknown item type \""
        + typeKey + "\"; use single-choice, multiple-choice, yes-no, number, date, text or goal-attainment"));
    String section = section(f);
    boolean reversed = f.flag("reversed", false);
    if (reversed && !(type == ItemType.SINGLE_CHOICE || type == ItemType.YES_NO || type == ItemType.NUMBER)) {
      throw f.error("reversed", "only single-choice, yes-no and number items can be reversed");
    }
    List<Choice> choices = choices(f, type);
    int min;
    int max;
    if (type == ItemType.NUMBER) {
      min = f.integer("min");
      max = f.integer("max");
      if (min >= max) {
        throw f.error("max", "max must be greater than min");
      }
    } else {
      for (String bound : new String[] {"min", "max"}) {
        if (f.has(bound)) {
          throw f.error(bound, "only number items have " + bound + "; the choices give the range of the others");
        }
      }
      min = choices.isEmpty() ? 0 : choices.get(0).value();
      max = choices.isEmpty() ? 0 : choices.get(choices.size() - 1).value();
    }
    return new Item(id, type, section, f.texts("text"), wording(f), choices, min, max, reversed,
        f.flag("required", false), condition(f));
  }

  private String section(Fields f) {
    String section = f.optionalText("section");
    if (section != null && sections.stream().noneMatch(s -> s.id().equals(section))) {
      throw f.error("section", "no section \"" + section + "\" in $.sections");
    }
    if (section == null && !sections.isEmpty()) {
      throw f.error("section", "is required when the instrument has sections");
    }
    return section;
  }

  private List<Choice> choices(Fields f, ItemType type) {
    boolean takesChoices = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE
        || type == ItemType.GOAL_ATTAINMENT;
    if (!f.has("choices")) {
      if (type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE) {
        throw f.error("choices", "is required for " + type.key() + " items");
      }
      return type == ItemType.GOAL_ATTAINMENT ? GAS_STEPS : type == ItemType.YES_NO ? YES_NO : List.of();
    }
    if (!takesChoices) {
      throw f.error("choices", type.key() + " items have no choices");
    }
    JsonValue v = f.value("choices");
    List<Choice> choices;
    if (v instanceof JsonString name) {
      choices = choiceSets.get(name.getString());
      if (choices == null) {
        throw f.error("choices", "no choice set \"" + name.getString() + "\" in $.choiceSets");
      }
    } else if (InstrumentParser.isArray(v)) {
      choices = InstrumentParser.choices(f, "choices");
    } else {
      throw f.error("choices", "must be the name of a choice set or a list of choices");
    }
    if (type == ItemType.GOAL_ATTAINMENT
        && !choices.stream().map(Choice::value).toList().equals(List.of(-2, -1, 0, 1, 2))) {
      throw f.error("choices", "goal attainment has the steps -2, -1, 0, 1, 2");
    }
    return choices;
  }

  private Map<Respondent, Text> wording(Fields f) {
    Map<Respondent, Text> wording = new EnumMap<>(Respondent.class);
    if (!f.has("wording")) {
      return wording;
    }
    Fields w = f.object("wording");
    for (String key : w.names()) {
      Respondent r = Respondent.of(key).filter(respondents::contains).orElseThrow(() -> w.error(key,
          "not a respondent of this instrument; it has " + respondents.stream().map(Respondent::key)
              .collect(Collectors.joining(", "))));
      wording.put(r, w.texts(key));
    }
    return wording;
  }

  private Condition condition(Fields f) {
    if (!f.has("showWhen")) {
      return null;
    }
    Fields c = f.object("showWhen").only("item", "values");
    String other = c.text("item");
    Item shown = earlier.get(other);
    if (shown == null) {
      throw c.error("item", "no earlier item \"" + other + "\"; skip logic can only look back");
    }
    List<Integer> values = new ArrayList<>();
    if (c.has("values")) {
      JsonArray array = c.array("values");
      if (array.isEmpty()) {
        throw c.error("values", "leave values out to show the item for any answer");
      }
      if (!shown.type().numeric() && shown.type() != se.pejl.api.forms.ItemType.MULTIPLE_CHOICE) {
        throw c.error("values", "item \"" + other + "\" is " + shown.type().key() + " and has no values to compare");
      }
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
          throw new DefinitionException(f.file(), c.path("values") + "[" + i + "]", "must be a whole number");
        }
        int value = n.intValue();
        boolean possible = shown.choices().isEmpty() ? value >= shown.min() && value <= shown.max()
            : shown.choice(value).isPresent();
        if (!possible) {
          throw new DefinitionException(f.file(), c.path("values") + "[" + i + "]",
              "item \"" + other + "\" can never be answered " + value);
        }
        values.add(value);
      }
    }
    return new Condition(other, values);
  }
}
