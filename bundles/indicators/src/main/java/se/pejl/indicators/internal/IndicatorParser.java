package se.pejl.indicators.internal;

import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;
import se.pejl.definitions.JsonDefinitions;

/**
 * Reads an indicator definition file ({@code schemaVersion} 1, see indicator.schema.json). Every
 * problem is a {@link DefinitionException} naming the file, the JSON path and the reason.
 */
final class IndicatorParser {
  static final int SCHEMA_VERSION = 1;
  private static final String[] COMMON = {"$schema", "schemaVersion", "id", "version", "name",
      "description", "bbicArea", "kind", "better", "counts", "missing", "breakdowns"};

  private final JsonProvider json;

  IndicatorParser(JsonProvider json) {
    this.json = json;
  }

  IndicatorDefinition parse(String file, InputStream in) {
    Fields f = new Fields(file, JsonDefinitions.read(json, file, in), "$");
    if (!f.has("schemaVersion") || f.integer("schemaVersion") != SCHEMA_VERSION) {
      throw f.error("schemaVersion", "must be " + SCHEMA_VERSION);
    }
    Kind kind = Kind.of(f.text("kind")).orElseThrow(() -> f.error("kind",
        "\"" + f.text("kind") + "\" is not a kind; one of " + Kind.keys()));
    SourceParser sources = new SourceParser(f, kind);
    f.only(concat(COMMON, sources.allowed()));
    Source source = sources.source();
    String area = area(f, source);
    List<String> breakdowns = breakdowns(f, source);
    int version = f.integer("version");
    if (version < 1) {
      throw f.error("version", "must be 1 or more");
    }
    IndicatorInfo info = new IndicatorInfo(f.id("id"), version, f.texts("name"), f.texts("description"),
        area, kind.key(), valueType(kind, source), better(f), f.texts("counts"), f.texts("missing"), breakdowns,
        mustSplitBy(f, source, breakdowns));
    return new IndicatorDefinition(info, kind, source);
  }

  private static String area(Fields f, Source source) {
    String area = f.text("bbicArea");
    if (source.everyArea() != IndicatorInfo.BY_AREA.equals(area)) {
      throw f.error("bbicArea", source.everyArea()
          ? "must be \"" + IndicatorInfo.BY_AREA + "\" when the scale is \"" + Source.EVERY_AREA + "\""
          : "\"" + IndicatorInfo.BY_AREA + "\" needs \"scale\": \"" + Source.EVERY_AREA + "\"");
    }
    if (!IndicatorInfo.PROCESS.equals(area) && !IndicatorInfo.BY_AREA.equals(area) && BbicArea.of(area).isEmpty()) {
      throw f.error("bbicArea", "\"" + area + "\" is not a BBIC area; one of " + areas());
    }
    return area;
  }

  private static List<String> breakdowns(Fields f, Source source) {
    List<String> keys = f.strings("breakdowns");
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String at = f.path("breakdowns") + "[" + i + "]";
      String key = keys.get(i);
      Dimension d = Dimension.of(key).orElseThrow(() -> new DefinitionException(f.file(), at,
          "\"" + key + "\" is not a breakdown; one of " + dimensionKeys(Set.of(Dimension.values()))));
      if (!allowed(source).contains(d)) {
        throw new DefinitionException(f.file(), at, "an indicator over " + source.population().name().toLowerCase()
            + " cannot be split by " + key + "; it can be split by " + dimensionKeys(allowed(source)));
      }
      if (!seen.add(key)) {
        throw new DefinitionException(f.file(), at, "\"" + key + "\" appears twice");
      }
    }
    return List.copyOf(seen);
  }

  /**
   * Answers at several occasions, or scores of several areas, count one child once per occasion or
   * area: every table must keep them apart, so the definition must allow the split.
   */
  private static List<String> mustSplitBy(Fields f, Source source, List<String> breakdowns) {
    List<String> must = new ArrayList<>();
    if (source.population() == Population.ANSWERS && source.occasions().size() != 1) {
      must.add(Dimension.OCCASION.key());
    }
    if (source.everyArea()) {
      must.add(Dimension.BBIC_AREA.key());
    }
    for (String d : must) {
      if (!breakdowns.contains(d)) {
        throw f.error("breakdowns", "must include " + d + ": the indicator counts a child once per " + d
            + (d.equals("occasion") ? " (name one occasion in \"occasions\" to count each child once)" : ""));
      }
    }
    return must;
  }

  /** The population's dimensions, less the BBIC area where the scale is one, and one occasion. */
  static Set<Dimension> allowed(Source source) {
    Set<Dimension> dims = new java.util.HashSet<>(source.population().dimensions());
    if (!source.everyArea()) {
      dims.remove(Dimension.BBIC_AREA);
    }
    if (source.population() == Population.ANSWERS && source.occasions().size() == 1) {
      dims.remove(Dimension.OCCASION);
    }
    return dims;
  }

  private static String better(Fields f) {
    String better = f.text("better");
    if (!better.equals("higher") && !better.equals("lower")) {
      throw f.error("better", "must be \"higher\" or \"lower\", not \"" + better + "\"");
    }
    return better;
  }

  static String valueType(Kind kind, Source source) {
    return switch (kind) {
      case COUNT -> "count";
      case SHARE, RELIABLE_CHANGE, COVERAGE, RESPONSE_RATE -> "share";
      case MEAN, MEDIAN -> source.measure() == EpisodeMeasure.DAYS_TO_FIRST_ANSWER ? "days" : "score";
      case MEAN_CHANGE -> "score";
      case GOAL_ATTAINMENT -> "t-score";
    };
  }

  private static String dimensionKeys(Set<Dimension> dims) {
    Set<String> keys = new TreeSet<>();
    dims.forEach(d -> keys.add(d.key()));
    return String.join(", ", keys);
  }

  private static String areas() {
    List<String> keys = new ArrayList<>();
    for (BbicArea a : BbicArea.values()) {
      keys.add(a.key());
    }
    keys.add(IndicatorInfo.PROCESS);
    keys.add(IndicatorInfo.BY_AREA);
    return String.join(", ", keys);
  }

  private static String[] concat(String[] a, Set<String> b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(b);
    return all.toArray(String[]::new);
  }
}
