package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;

/** Reads the {@code scales} of a definition and works out each scale's range. */
final class ScaleParser {
  private final Fields root;
  private final int version;
  private final List<Item> items;

  ScaleParser(Fields root, int version, List<Item> items) {
    this.root = root;
    this.version = version;
    this.items = items;
  }

  List<Scale> scales() {
    if (!root.has("scales")) {
      return List.of();
    }
    JsonArray array = root.array("scales");
    List<Scale> scales = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Scale scale = scale(Fields.element(root.file(), array, "$.scales", i));
      if (!seen.add(scale.id())) {
        throw new DefinitionException(root.file(), "$.scales[" + i + "].id",
            "scale id \"" + scale.id() + "\" appears twice");
      }
      scales.add(scale);
    }
    return scales;
  }

  private Scale scale(Fields f) {
    f.only("id", "name", "method", "items", "minAnswered", "higherIsBetter", "cutOff", "norm",
        "bbicArea", "sameAs", "rho");
    String id = f.id("id");
    String methodKey = f.text("method");
    ScaleMethod method = ScaleMethod.of(methodKey).orElseThrow(() -> f.error("method",
        "unknown method \"" + methodKey + "\"; use sum, mean or gas-t-score"));
    List<Item> members = members(f, method);
    double minAnswered = f.has("minAnswered") ? f.number("minAnswered") : 1.0;
    if (!(minAnswered > 0 && minAnswered <= 1)) {
      throw f.error("minAnswered", "is a share of the items: above 0 and at most 1");
    }
    // A sum over fewer items than the scale has (missing, or hidden by skip logic) is prorated,
    // which keeps it in the scale's range only when every item has the same range.
    boolean mayProrate = minAnswered < 1 || members.stream().anyMatch(i -> i.showWhen() != null);
    if (method == ScaleMethod.SUM && mayProrate && !sameRange(members)) {
      throw f.error(minAnswered < 1 ? "minAnswered" : "items",
          "a sum is prorated over missing or skipped items only when all its items have the same range");
    }
    if (!f.has("higherIsBetter")) {
      throw f.error("higherIsBetter", "is required: say whether a higher score is better or worse");
    }
    double rho = 0;
    if (method == ScaleMethod.GAS_T_SCORE) {
      rho = f.has("rho") ? f.number("rho") : Scale.GAS_RHO;
      if (!(rho >= 0 && rho < 1)) {
        throw f.error("rho", "the correlation between goals must be at least 0 and below 1");
      }
    } else if (f.has("rho")) {
      throw f.error("rho", "only a gas-t-score scale has rho");
    }
    double[] range = range(method, members, rho);
    Double cutOff = f.has("cutOff") ? f.number("cutOff") : null;
    if (cutOff != null && (cutOff < range[0] || cutOff > range[1])) {
      throw f.error("cutOff", "cut-off " + cutOff + " is outside the scale's range " + range[0] + " to " + range[1]);
    }
    return new Scale(id, f.texts("name"), method, members.stream().map(Item::id).toList(), range[0],
        range[1], minAnswered, f.flag("higherIsBetter", true), cutOff, norm(f, range),
        InstrumentParser.bbicArea(f), sameAs(f), rho);
  }

  private List<Item> members(Fields f, ScaleMethod method) {
    List<String> ids = f.strings("items");
    if (ids.isEmpty()) {
      throw f.error("items", "a scale needs at least one item");
    }
    List<Item> members = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      String at = f.path("items") + "[" + k + "]";
      Item item = items.stream().filter(i -> i.id().equals(id)).findFirst()
          .orElseThrow(() -> new DefinitionException(f.file(), at, "no item \"" + id + "\""));
      if (members.contains(item)) {
        throw new DefinitionException(f.file(), at, "item \"" + id + "\" appears twice in the scale");
      }
      if (!item.type().numeric()) {
        throw new DefinitionException(f.file(), at, "item \"" + id + "\" is " + item.type().key()
            + "; a scale uses single-choice, yes-no, number or goal-attainment items");
      }
      boolean goal = item.type() == ItemType.GOAL_ATTAINMENT;
      if (goal != (method == ScaleMethod.GAS_T_SCORE)) {
        throw new DefinitionException(f.file(), at, goal
            ? "goal-attainment item \"" + id + "\" belongs in a gas-t-score scale"
            : "a gas-t-score scale takes goal-attainment items only, not \"" + id + "\"");
      }
      members.add(item);
    }
    return members;
  }

  private static boolean sameRange(List<Item> members) {
    return members.stream().allMatch(i -> i.min() == members.get(0).min() && i.max() == members.get(0).max());
  }

  /** The lowest and highest score any valid answers can give. */
  static double[] range(ScaleMethod method, List<Item> members, double rho) {
    int n = members.size();
    return switch (method) {
      case SUM -> new double[] {
          members.stream().mapToInt(Item::min).sum(), members.stream().mapToInt(Item::max).sum()};
      case MEAN -> new double[] {
          members.stream().mapToInt(Item::min).min().orElseThrow(),
          members.stream().mapToInt(Item::max).max().orElseThrow()};
      // The T-score's reach grows with the number of goals rated, so all of them rated at -2 or
      // +2 give the ends.
      case GAS_T_SCORE -> {
        double reach = 10 * 2.0 * n / Math.sqrt((1 - rho) * n + rho * n * n);
        yield new double[] {50 - reach, 50 + reach};
      }
    };
  }

  private static Norm norm(Fields f, double[] range) {
    if (!f.has("norm")) {
      return null;
    }
    Fields n = f.object("norm").only("mean", "sd", "reliability");
    double mean = n.number("mean");
    if (mean < range[0] || mean > range[1]) {
      throw n.error("mean", "norm mean " + mean + " is outside the scale's range");
    }
    double sd = n.number("sd");
    if (!(sd > 0)) {
      throw n.error("sd", "a standard deviation must be above 0");
    }
    double reliability = n.number("reliability");
    if (!(reliability > 0 && reliability < 1)) {
      throw n.error("reliability", "a reliability must be above 0 and below 1");
    }
    return new Norm(mean, sd, reliability);
  }

  private Integer sameAs(Fields f) {
    if (!f.has("sameAs")) {
      return null;
    }
    Fields s = f.object("sameAs").only("version");
    int earlier = s.integer("version");
    if (earlier < 1 || earlier >= version) {
      throw s.error("version", "must name an earlier version of this instrument, 1 to " + (version - 1));
    }
    return earlier;
  }
}
