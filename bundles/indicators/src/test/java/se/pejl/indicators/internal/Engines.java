package se.pejl.indicators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.parsson.JsonProviderImpl;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;

/** The engine as a region runs it, over fakes: today is 15 January 2026, in Sweden. */
final class Engines {
  static final Clock NOW = Clock.fixed(Instant.parse("2026-01-15T11:00:00Z"), DefaultIndicatorEngine.SWEDEN);
  static final PejlUser ANALYST = user(Role.ANALYST);
  static final String DEFAULT_BANDS = "7-12, 13-15, 16-20";
  /**
   * The one total over everything. ({@code IndicatorQuery.by()} with no dimensions would call the
   * record's accessor instead of the factory.)
   */
  static final IndicatorQuery NO_BREAKDOWN = IndicatorQuery.by(new String[0]);

  private Engines() {}

  /** Threshold 3, the lowest there is, so that worked examples stay small. */
  static DefaultIndicatorEngine engine(Region region, Instruments instruments) {
    return engine(region, instruments, new Thresholds(Thresholds.LOWEST));
  }

  static DefaultIndicatorEngine engine(Region region, Instruments instruments, Thresholds thresholds) {
    return new DefaultIndicatorEngine(region, instruments, new Plans(), definitions(), thresholds,
        new AgeBands(DEFAULT_BANDS), NOW);
  }

  /** The shipped definitions, and the test ones for what no shipped indicator computes. */
  static IndicatorExtender definitions() {
    List<URL> files = new ArrayList<>(files("indicators"));
    files.addAll(files("test-indicators"));
    return new IndicatorExtender(new JsonProviderImpl(), files);
  }

  /** The {@code *.json} files of a folder on the class path, by name. */
  static List<URL> files(String folder) {
    try (Stream<Path> paths = Files.list(Path.of(Engines.class.getResource("/" + folder).toURI()))) {
      return paths.filter(p -> p.toString().endsWith(".json")).sorted().map(Engines::url).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL url(Path p) {
    try {
      return p.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PejlUser user(Role... roles) {
    return new PejlUser("user.tjorn", "User", Set.of(roles), MunicipalityCode.of(Region.TJORN), Set.of(), null);
  }

  /**
   * The cell at {@code "dimension=value"}s; every breakdown not named is its total, so no
   * arguments give the grand total.
   */
  static Cell cell(IndicatorResult r, String... at) {
    Map<String, String> key = new HashMap<>();
    r.breakdown().forEach(d -> key.put(d, Cell.ALL));
    Arrays.stream(at).map(kv -> kv.split("=", 2)).forEach(kv -> key.put(kv[0], kv[1]));
    return r.cells().stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + key + " among " + r.cells()));
  }

  /** What a published cell says, for comparing in one assertion. */
  record Figure(Double value, Integer n) {
    static Figure of(double value, int n) {
      return new Figure(value, n);
    }
  }

  static Figure figure(IndicatorResult r, String... at) {
    Cell c = cell(r, at);
    return new Figure(c.value(), c.n());
  }
}
