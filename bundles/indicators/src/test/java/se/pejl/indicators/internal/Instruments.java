package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;
import se.pejl.api.forms.Text;

/** The instruments the indicators read, made by hand, with what a scale needs and nothing more. */
final class Instruments implements InstrumentRegistry {
  static final String WELLBEING = "child-wellbeing";
  static final String SELF_IMAGE = "self-image";
  static final String SUPPORT_GROUP_SURVEY = "support-group-survey";
  static final String HVB_SURVEY = "hvb-user-survey";
  static final String USER_SURVEY = "user-survey";

  /** How I feel: q1–q5 scored 0–4, summed 0–20, higher better, no norm and no cut-off. */
  static final Scale WELLBEING_TOTAL = scale("total", ScaleMethod.SUM, items("q", 5), 0, 20, true, null, null,
      "emotional-behavioural", null);
  /** The worked Jacobson–Truax example: SD 5 and reliability 0.8, so S_diff = √2·5·√0.2 = 3.162. */
  static final Scale SELF_IMAGE_SCALE = scale("self-image", ScaleMethod.SUM, items("s", 6), 0, 30, true, null,
      new Norm(15, 5, 0.8), "identity", null);
  /** Guilt and worry: w1–w4 summed 0–20, lower better, of concern at 8 or above; norm SD 5, r 0.8. */
  static final Scale GUILT_WORRY = scale("guilt-worry", ScaleMethod.SUM, items("w", 4), 0, 20, false, 8.0,
      new Norm(6, 5, 0.8), "emotional-behavioural", null);

  /** Id to its versions, oldest first. */
  private final Map<String, List<Instrument>> versions = new LinkedHashMap<>();

  Instruments() {
    add(new Instrument(WELLBEING, 1, "Mitt mående", "How I feel", itemList("q", 5, 0, 4), List.of(WELLBEING_TOTAL)));
    add(new Instrument(SELF_IMAGE, 1, "Självbild", "Self-image", itemList("s", 6, 0, 5), List.of(SELF_IMAGE_SCALE)));
    List<Item> support = new ArrayList<>(List.of(new Item("talk-adult", 0, 1, "Vuxen att prata med", "Adult to talk to",
        false)));
    support.addAll(itemList("w", 4, 0, 5));
    add(new Instrument(SUPPORT_GROUP_SURVEY, 1, "Stödgruppsenkät", "Support-group survey", support,
        List.of(GUILT_WORRY)));
    add(new Instrument(HVB_SURVEY, 1, "HVB-enkät", "Residential-care survey", itemList("h", 7, 1, 5), List.of(
        scale("health", ScaleMethod.MEAN, List.of("h1", "h2"), 1, 5, true, null, null, "health", null),
        scale("education", ScaleMethod.MEAN, List.of("h3", "h4"), 1, 5, true, null, null, "education", null),
        scale("relations", ScaleMethod.MEAN, List.of("h5", "h6"), 1, 5, true, null, null, "family-social-relations",
            null),
        scale("overall", ScaleMethod.MEAN, List.of("h7"), 1, 5, true, null, null, null, null))));
  }

  /**
   * Version 2 of How I feel, its scale declared the same as version 1's or not: scores under
   * versions whose scale is not the same are not compared.
   */
  Instruments withWellbeingVersion2(boolean sameScale) {
    Scale total = WELLBEING_TOTAL;
    add(new Instrument(WELLBEING, 2, "Mitt mående", "How I feel", itemList("q", 5, 0, 4), List.of(scale(total.id(),
        total.method(), total.items(), total.min(), total.max(), true, null, null, total.bbicArea(),
        sameScale ? 1 : null))));
    return this;
  }

  /**
   * A user survey with an item of every type: "safe" (single choice 1–4, on the scale "wellbeing"
   * of the emotional-behavioural area, its choices written highest first), "listened" (yes/no),
   * "goal" (goal attainment), and free text, a number and a date. Version 2 rewords "safe" and adds
   * "food" (single choice 1–3).
   */
  Instruments withUserSurvey(boolean version2) {
    List<Item> items = new ArrayList<>(List.of(
        choice("safe", "Jag känner mig trygg", List.of(4, 3, 2, 1)),
        item("listened", ItemType.YES_NO, "Jag blir lyssnad på", List.of(0, 1)),
        item("goal", ItemType.GOAL_ATTAINMENT, "Målet nåddes", List.of(-2, -1, 0, 1, 2)),
        item("comment", ItemType.TEXT, "Något mer?", List.of()),
        item("hours", ItemType.NUMBER, "Timmar i veckan", List.of()),
        item("moved-in", ItemType.DATE, "Flyttade in", List.of())));
    List<Scale> scales = List.of(scale("wellbeing", ScaleMethod.MEAN, List.of("safe", "listened"), 0, 4, true, null,
        null, "emotional-behavioural", null));
    add(new Instrument(USER_SURVEY, 1, new Text("Brukarenkät", "User survey"), null, List.of(), List.of(), items,
        scales));
    if (version2) {
      items.set(0, choice("safe", "Jag känner mig trygg här", List.of(4, 3, 2, 1)));
      items.add(choice("food", "Maten är god", List.of(1, 2, 3)));
      add(new Instrument(USER_SURVEY, 2, new Text("Brukarenkät 2", "User survey 2"), null, List.of(), List.of(),
          items, scales));
    }
    return this;
  }

  private static Item choice(String id, String text, List<Integer> values) {
    return item(id, ItemType.SINGLE_CHOICE, text, values);
  }

  /** Each choice labelled "v" + its value in both languages. */
  private static Item item(String id, ItemType type, String text, List<Integer> values) {
    List<Choice> choices = values.stream().map(v -> new Choice(v, new Text("v" + v, "v" + v))).toList();
    int min = values.stream().mapToInt(v -> v).min().orElse(0);
    int max = values.stream().mapToInt(v -> v).max().orElse(100);
    return new Item(id, type, null, new Text(text, text), Map.of(), choices, min, max, false, false, null);
  }

  private void add(Instrument i) {
    versions.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i);
  }

  @Override
  public Optional<Instrument> find(String id) {
    List<Instrument> all = versions.get(id);
    return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public List<Instrument> all() {
    return versions.keySet().stream().map(id -> find(id).orElseThrow()).toList();
  }

  @Override
  public Optional<Instrument> find(String id, int version) {
    return versions.getOrDefault(id, List.of()).stream().filter(i -> i.version() == version).findFirst();
  }

  /** The same version, or the newer one's scale says it is the same as the older one's. */
  @Override
  public boolean comparable(String id, String scaleId, int version, int otherVersion) {
    if (version == otherVersion) {
      return true;
    }
    Optional<Scale> newer = find(id, Math.max(version, otherVersion)).flatMap(i -> i.scale(scaleId));
    return newer.isPresent() && Integer.valueOf(Math.min(version, otherVersion)).equals(newer.get().sameAs());
  }

  static Scale scale(String id, ScaleMethod method, List<String> items, double min, double max,
      boolean higherIsBetter, Double cutOff, Norm norm, String bbicArea, Integer sameAs) {
    return new Scale(id, new Text(id, id), method, items, min, max, 1.0, higherIsBetter, cutOff, norm, bbicArea,
        sameAs, 0);
  }

  /** {@code prefix1} … {@code prefixN}. */
  static List<String> items(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
  }

  private static List<Item> itemList(String prefix, int n, int min, int max) {
    return items(prefix, n).stream().map(id -> new Item(id, min, max, id, id, false)).toList();
  }
}
