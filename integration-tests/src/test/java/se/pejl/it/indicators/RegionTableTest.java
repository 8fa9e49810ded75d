package se.pejl.it.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.ClientRef;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * Skaraborg's fifteen municipalities in one regional database, as the region's analyst reads them:
 * thirteen took part, two did not, and in several only a few girls answered. Their answers are
 * stored as the other municipalities' servers would store them, dated 2019 so that no other test's
 * answers fall in the table.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionTableTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String TABLE = "indicators/wellbeing-improved?by=municipality,gender&period=2019";

  /** Municipality → girls and boys who answered at start and end; the first number of each improved. */
  static final Map<String, int[]> TOOK_PART = Map.ofEntries(
      Map.entry("1445", new int[] {2, 1, 9, 5}),   // Essunga: 2 girls
      Map.entry("1499", new int[] {12, 8, 14, 7}), // Falköping
      Map.entry("1444", new int[] {1, 1, 6, 3}),   // Grästorp: 1 girl
      Map.entry("1471", new int[] {6, 4, 7, 4}),   // Götene
      Map.entry("1497", new int[] {3, 2, 8, 2}),   // Hjo: 3 girls
      Map.entry("1494", new int[] {9, 6, 11, 6}),  // Lidköping
      Map.entry("1493", new int[] {7, 5, 4, 2}),   // Mariestad: 4 boys
      Map.entry("1495", new int[] {5, 3, 6, 3}),   // Skara
      Map.entry("1496", new int[] {15, 9, 18, 11}), // Skövde
      Map.entry("1472", new int[] {4, 3, 10, 6}),  // Tibro: 4 girls
      Map.entry("1498", new int[] {6, 2, 6, 4}),   // Tidaholm
      Map.entry("1473", new int[] {2, 2, 5, 1}),   // Töreboda: 2 girls
      Map.entry("1470", new int[] {8, 4, 9, 5}));  // Vara
  /** Gullspång and Karlsborg did not take part. */
  static final Set<String> DID_NOT_TAKE_PART = Set.of("1447", "1446");

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("region-table-marker.jar");
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;
  private Services services;
  private Http api;

  @BeforeEach
  void skaraborg_answered_in_2019() throws InterruptedException {
    if (services != null) {
      return;
    }
    services = new Services(context);
    api = new Http(http);
    api.awaitUp(TIMEOUT);
    EpisodeRepository episodes = services.awaitService(EpisodeRepository.class, TIMEOUT);
    ResponseRepository responses = services.awaitService(ResponseRepository.class, TIMEOUT);
    TOOK_PART.forEach((code, counts) -> {
      MunicipalityCode m = MunicipalityCode.of(code);
      children(episodes, responses, m, 2019, Gender.GIRL, counts[0], counts[1]);
      children(episodes, responses, m, 2019, Gender.BOY, counts[2], counts[3]);
    });
  }

  @AfterAll
  void close() {
    services.close();
  }

  @Test
  void every_small_cell_and_every_cell_the_totals_would_give_back_is_suppressed() {
    Http.Reply reply = api.get(TABLE, "analyst.region");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    List<JsonObject> cells = reply.json().getJsonArray("cells").getValuesAs(JsonObject.class);

    Map<String, JsonObject> byKey = cells.stream().collect(Collectors.toMap(RegionTableTest::key, c -> c));
    Map<String, Integer> expected = expectedCounts();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      JsonObject cell = byKey.get(e.getKey());
      assertThat(cell).as(e.getKey()).isNotNull();
      if (e.getValue() < 5) {
        assertThat(cell.getBoolean("suppressed")).as(e.getKey() + " has n " + e.getValue()).isTrue();
      }
      if (!cell.getBoolean("suppressed")) {
        assertThat(cell.getInt("n")).as(e.getKey()).isEqualTo(e.getValue());
      } else {
        assertThat(cell.containsKey("n")).as("a suppressed cell has no n").isFalse();
        assertThat(cell.containsKey("value") && !cell.isNull("value")).as("nor a value").isFalse();
      }
    }
    assertThat(byKey.keySet()).as("a municipality that did not take part has no cells")
        .noneMatch(k -> DID_NOT_TAKE_PART.contains(k.split("/")[0]));
    assertThat(byKey.get("ALL/ALL").getInt("n")).isEqualTo(expected.get("ALL/ALL"));
    assertNoLineGivesBackAHiddenCell(byKey);
  }

  @Test
  void girls_and_boys_in_the_region_are_shown_with_their_share_improved() {
    JsonObject table = api.get(TABLE, "manager.skovde").json();
    Map<String, JsonObject> byKey = table.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(RegionTableTest::key, c -> c));
    int girls = TOOK_PART.values().stream().mapToInt(c -> c[0]).sum();
    int girlsImproved = TOOK_PART.values().stream().mapToInt(c -> c[1]).sum();
    assertThat(byKey.get("ALL/GIRL").getInt("n")).isEqualTo(girls);
    assertThat(byKey.get("ALL/GIRL").getJsonNumber("value").doubleValue())
        .isCloseTo((double) girlsImproved / girls, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(byKey.get("1496/ALL").getInt("n")).isEqualTo(33);
    assertThat(table.getInt("threshold")).isEqualTo(5);
    assertThat(table.getJsonObject("period").getString("from")).isEqualTo("2019-01-01");
  }

  /**
   * Along each municipality's row and each gender's column the cells sum to the line's total: a line
   * with exactly one hidden cell would give it back. (The exact check, over every combination of
   * lines, is the indicators bundle's property test.)
   */
  private static void assertNoLineGivesBackAHiddenCell(Map<String, JsonObject> byKey) {
    Map<String, Integer> hiddenPerLine = new HashMap<>();
    byKey.forEach((key, cell) -> {
      if (cell.getBoolean("suppressed")) {
        String[] mg = key.split("/");
        hiddenPerLine.merge("row " + mg[0], 1, Integer::sum);
        hiddenPerLine.merge("column " + mg[1], 1, Integer::sum);
      }
    });
    assertThat(hiddenPerLine).as("hidden cells per line").allSatisfy((line, hidden) -> assertThat(hidden).as(line).isNotEqualTo(1));
  }

  private static Map<String, Integer> expectedCounts() {
    Map<String, Integer> n = new HashMap<>();
    TOOK_PART.forEach((m, c) -> {
      add(n, m + "/GIRL", c[0]);
      add(n, m + "/BOY", c[2]);
      add(n, m + "/ALL", c[0] + c[2]);
      add(n, "ALL/GIRL", c[0]);
      add(n, "ALL/BOY", c[2]);
      add(n, "ALL/ALL", c[0] + c[2]);
    });
    return n;
  }

  private static void add(Map<String, Integer> n, String key, int count) {
    n.merge(key, count, Integer::sum);
  }

  private static String key(JsonObject cell) {
    JsonObject k = cell.getJsonObject("key");
    return k.getString("municipality") + "/" + k.getString("gender");
  }

  /**
   * {@code count} children in a support group of the year whose well-being score went from 10 to 14
   * ({@code improved} of them) or to 8, stored as another municipality's server would store them.
   */
  static void children(EpisodeRepository episodes, ResponseRepository responses, MunicipalityCode m, int year,
      Gender gender, int count, int improved) {
    String unit = "Stödgruppen " + m.value();
    for (int i = 0; i < count; i++) {
      Episode e = episodes.insert(m, "caseworker." + m.value(), new NewEpisode(
          new ClientRef("R" + year + "-" + m.value() + "-" + gender.name().charAt(0) + i), Episode.SUPPORT_GROUP, unit,
          LocalDate.of(year, 2, 1), "Stöd till barn som anhöriga", List.of("Må bättre")));
      Demographics child = new Demographics(gender, 10 + i % 8, m, unit);
      responses.insert(m, answer(e, "start", LocalDate.of(year, 2, 4), 10, child));
      responses.insert(m, answer(e, "end", LocalDate.of(year, 5, 20), i < improved ? 14 : 8, child));
    }
  }

  private static NewResponse answer(Episode e, String occasion, LocalDate on, double total, Demographics child) {
    return new NewResponse(e.id(), "child-wellbeing", 1, occasion, on, Map.of(), Map.of("total", total), child);
  }
}
