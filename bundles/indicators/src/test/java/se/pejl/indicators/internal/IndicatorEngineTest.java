package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;
import se.pejl.api.store.ScoreObservation;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IndicatorEngineTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  final PejlUser manager = new PejlUser("manager.tjorn", "M", Set.of(Role.MANAGER), TJORN, Set.of(), null);
  final List<ScoreObservation> observations = new ArrayList<>();
  long nextEpisode = 1;
  int endVersion = 1;
  /** Whether version 2 of the instrument declares its scale the same as version 1's. */
  boolean version2SameAs1;

  @Test
  void share_improved_counts_children_with_a_higher_score_at_the_end() {
    children(TJORN, Gender.GIRL, 6, 10, 14);  // 6 improved
    children(TJORN, Gender.GIRL, 2, 12, 12);  // 2 unchanged
    children(TJORN, Gender.BOY, 5, 15, 9);    // 5 worsened
    children(TJORN, Gender.BOY, 5, 8, 9);     // 5 improved
    onlyStart(TJORN, Gender.BOY, 3);          // no end answer: not counted

    IndicatorResult r = engine(5).evaluate(manager, "wellbeing-improved", List.of("municipality", "gender"));

    assertThat(cell(r, "1407", "GIRL")).isEqualTo(Cell.of(key("1407", "GIRL"), 6 / 8.0, 8));
    assertThat(cell(r, "1407", "BOY")).isEqualTo(Cell.of(key("1407", "BOY"), 0.5, 10));
    assertThat(cell(r, "1407", "ALL")).isEqualTo(Cell.of(key("1407", "ALL"), 11 / 18.0, 18));
    assertThat(r.threshold()).isEqualTo(5);
  }

  @Test
  void a_small_cell_is_suppressed_and_so_is_the_cell_that_would_give_it_back() {
    children(TJORN, Gender.GIRL, 3, 10, 14);   // 3 girls in Tjörn: below 5
    children(TJORN, Gender.BOY, 8, 10, 14);
    children(SKOVDE, Gender.GIRL, 7, 10, 14);
    children(SKOVDE, Gender.BOY, 9, 10, 9);

    IndicatorResult r = engine(5).evaluate(manager, "wellbeing-improved", List.of("municipality", "gender"));

    assertThat(cell(r, "1407", "GIRL").suppressed()).isTrue();
    // Tjörn's total minus its boys would give the girls back, and the girls' column total minus
    // Skövde's girls as well: one more cell in each of those lines is hidden.
    assertThat(cell(r, "1407", "BOY").suppressed()).isTrue();
    assertThat(cell(r, "1496", "GIRL").suppressed()).isTrue();
    assertThat(cell(r, "1496", "BOY").suppressed()).isTrue();
    assertThat(cell(r, "ALL", "ALL")).isEqualTo(Cell.of(key("ALL", "ALL"), 18 / 27.0, 27));
    assertThat(r.cells()).filteredOn(Cell::suppressed).allSatisfy(c -> {
      assertThat(c.value()).isNull();
      assertThat(c.n()).isNull();
    });
  }

  @Test
  void a_child_answering_under_two_versions_counts_only_where_the_scale_is_declared_unchanged() {
    children(TJORN, Gender.GIRL, 4, 10, 14);  // version 1 at both: counted
    endVersion = 2;
    children(TJORN, Gender.GIRL, 3, 12, 10);  // version 1 at start, 2 at the end

    assertThat(cell(engine(3).evaluate(manager, "wellbeing-improved", List.of("municipality", "gender")),
        "1407", "GIRL")).isEqualTo(Cell.of(key("1407", "GIRL"), 1.0, 4));

    version2SameAs1 = true;
    assertThat(cell(engine(3).evaluate(manager, "wellbeing-improved", List.of("municipality", "gender")),
        "1407", "GIRL")).isEqualTo(Cell.of(key("1407", "GIRL"), 4 / 7.0, 7));
  }

  @Test
  void the_threshold_is_never_below_three() {
    assertThat(engine(1).evaluate(manager, "wellbeing-improved", List.of()).threshold()).isEqualTo(3);
  }

  @Test
  void an_unknown_indicator_or_breakdown_is_named() {
    assertThatThrownBy(() -> engine(5).evaluate(manager, "nope", List.of()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> engine(5).evaluate(manager, "wellbeing-improved", List.of("shoe-size")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("shoe-size")
        .hasFieldOrPropertyWithValue("field", "by");
  }

  private DefaultIndicatorEngine engine(int threshold) {
    ResponseRepository repo = new ResponseRepository() {
      public Response insert(MunicipalityCode m, NewResponse r) { throw new UnsupportedOperationException(); }
      public List<Response> ofEpisode(MunicipalityCode m, long e) { return List.of(); }
      public List<ScoreObservation> scores(String i, String s) { return List.copyOf(observations); }
      public Map<Long, Map<String, java.util.Set<String>>> answered(MunicipalityCode m, java.util.Collection<Long> ids) { return Map.of(); }
      public List<se.pejl.api.store.PendingSnapshot> pendingSnapshots(int limit) { return List.of(); }
      public void completeSnapshot(long id, se.pejl.api.store.Demographics d) {}
    };
    InstrumentRegistry none = new InstrumentRegistry() {
      public Optional<Instrument> find(String id) { return Optional.empty(); }
      public List<Instrument> all() { return List.of(); }
      public boolean comparable(String id, String scale, int v, int w) { return v == w || version2SameAs1; }
    };
    return new DefaultIndicatorEngine(repo, none, threshold);
  }

  private void children(MunicipalityCode m, Gender g, int count, double start, double end) {
    for (int i = 0; i < count; i++) {
      long e = nextEpisode++;
      observations.add(new ScoreObservation(e, "start", 1, m, g, 12, "Enhet", start));
      observations.add(new ScoreObservation(e, "end", endVersion, m, g, 12, "Enhet", end));
    }
  }

  private void onlyStart(MunicipalityCode m, Gender g, int count) {
    for (int i = 0; i < count; i++) {
      observations.add(new ScoreObservation(nextEpisode++, "start", 1, m, g, 12, "Enhet", 5));
    }
  }

  private static Map<String, String> key(String municipality, String gender) {
    return Map.of("municipality", municipality, "gender", gender);
  }

  private static Cell cell(IndicatorResult r, String municipality, String gender) {
    return r.cells().stream().filter(c -> c.key().equals(key(municipality, gender))).findFirst().orElseThrow();
  }
}
