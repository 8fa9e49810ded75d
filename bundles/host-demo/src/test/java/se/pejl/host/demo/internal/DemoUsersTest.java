package se.pejl.host.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.host.RequestView;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoUsersTest {

  private final DemoUsers users = new DemoUsers();

  @Test
  void accepts_caseworker_tjorn_with_the_demo_password() {
    PejlUser user = users.currentUser(request(basic("caseworker.tjorn:demo"))).orElseThrow();
    assertThat(user.id()).isEqualTo("caseworker.tjorn");
    assertThat(user.roles()).containsExactly(Role.CASEWORKER);
    assertThat(user.municipality()).isEqualTo(MunicipalityCode.of("1407"));
    assertThat(user.units()).contains("Stödgruppen Tjörn");
    assertThat(user.displayName()).isEqualTo("Handläggare Tjörn");
    assertThat(user.locale()).isEqualTo(PejlUser.SWEDISH);
  }

  @ParameterizedTest
  @CsvSource({
    "caseworker.tjorn, CASEWORKER, 1407",
    "manager.tjorn, MANAGER, 1407",
    "caseworker.skovde, CASEWORKER, 1496",
    "manager.skovde, MANAGER, 1496",
    "analyst.region, ANALYST, 1496",
    "it.admin, ADMIN, 1407",
    "caseworker.lidkoping, CASEWORKER, 1494"
  })
  void every_demo_user_has_the_role_and_municipality_of_the_design(String id, Role role, String code) {
    PejlUser user = users.currentUser(request(basic(id + ":demo"))).orElseThrow();
    assertThat(user.roles()).containsExactly(role);
    assertThat(user.municipality().value()).isEqualTo(code);
    assertThat(user.displayName()).isNotBlank();
  }

  @Test
  void there_are_exactly_the_seven_demo_accounts() {
    assertThat(DemoAccounts.ids())
        .containsExactlyInAnyOrder(
            "caseworker.tjorn", "manager.tjorn", "caseworker.skovde", "manager.skovde",
            "analyst.region", "it.admin", "caseworker.lidkoping");
  }

  @ParameterizedTest
  @ValueSource(strings = {"caseworker.tjorn:Demo", "caseworker.tjorn:", "caseworker.tjorn:demo ", "nobody:demo", ":demo", "caseworker.tjorn"})
  void rejects_a_wrong_password_or_an_unknown_user(String credentials) {
    assertThat(users.currentUser(request(basic(credentials)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Basic", "Basic ", "Basic !!!not-base64!!!", "Bearer abc.def", "Digest username=\"it.admin\""})
  void rejects_a_malformed_header(String header) {
    assertThat(users.currentUser(request(header))).isEmpty();
  }

  @Test
  void a_request_without_a_login_has_no_user() {
    assertThat(users.currentUser(new Request(Map.of()))).isEmpty();
  }

  @Test
  void the_scheme_name_is_case_insensitive() {
    assertThat(users.currentUser(request("basic " + encode("manager.skovde:demo")))).isPresent();
  }

  @ParameterizedTest
  @CsvSource({"en, en", "'en-GB,en;q=0.9', en", "EN-us, en", "'sv-SE,en;q=0.8', sv", "de, sv"})
  void english_is_used_when_the_browser_asks_for_it_first(String acceptLanguage, String expected) {
    var request = new Request(Map.of("Authorization", basic("it.admin:demo"), "Accept-Language", acceptLanguage));
    Locale locale = users.currentUser(request).orElseThrow().locale();
    assertThat(locale.getLanguage()).isEqualTo(expected);
  }

  @Test
  void english_means_plain_english() {
    var request = new Request(Map.of("Authorization", basic("it.admin:demo"), "Accept-Language", "en-US"));
    assertThat(users.currentUser(request).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void the_challenge_names_the_demo_realm_and_utf_8() {
    assertThat(users.challenge()).contains("Basic realm=\"Pejl demo\", charset=\"UTF-8\"");
  }

  private static String basic(String credentials) {
    return "Basic " + encode(credentials);
  }

  private static String encode(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static RequestView request(String authorization) {
    return new Request(Map.of("Authorization", authorization));
  }

  private record Request(Map<String, String> headers) implements RequestView {
    @Override
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }

    @Override
    public Optional<String> cookie(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<String> remoteUser() {
      return Optional.empty();
    }
  }
}
