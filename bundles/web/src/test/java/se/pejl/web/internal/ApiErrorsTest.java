package se.pejl.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotAuthenticatedException;
import se.pejl.api.NotFoundException;
import se.pejl.api.host.UserContext;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiErrorsTest {
  final UserContext basic = new UserContext() {
    public Optional<se.pejl.api.PejlUser> currentUser(se.pejl.api.host.RequestView r) { return Optional.empty(); }
    public Optional<String> challenge() { return Optional.of("Basic realm=\"Pejl demo\""); }
  };
  final ApiErrors errors = new ApiErrors(basic);

  @Test
  void a_wrong_field_is_a_400_naming_the_field_in_swedish_first() {
    Response r = errors.toResponse(new InvalidInputException("answers.q1", "error.answer.outOfRange", "q1", 0, 4, 9));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat((Json.Error) r.getEntity()).isEqualTo(new Json.Error("invalid_input",
        "Fråga \"q1\" ska ha ett värde mellan 0 och 4; 9 ligger utanför.", "answers.q1"));
  }

  @Test
  void several_wrong_fields_are_each_named_and_the_first_is_the_field() {
    Response r = errors.toResponse(new InvalidInputException(java.util.List.of(
        se.pejl.api.FieldError.of("answers.q1", "error.answer.outOfRange", "q1", 0, 4, 9),
        se.pejl.api.FieldError.of("answers.q5", "error.answer.missing", "q5"))));
    Json.Error body = (Json.Error) r.getEntity();
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(body.field()).isEqualTo("answers.q1");
    assertThat(body.message()).startsWith("2 fält är fel; det första: Fråga \"q1\"");
    assertThat(body.fields()).containsExactly(
        new Json.FieldMessage("answers.q1", "Fråga \"q1\" ska ha ett värde mellan 0 och 4; 9 ligger utanför."),
        new Json.FieldMessage("answers.q5", "Fråga \"q5\" måste besvaras."));
  }

  @Test
  void each_kind_of_error_has_its_status() {
    assertThat(errors.toResponse(new NotFoundException("error.episode.notFound", 7)).getStatus()).isEqualTo(404);
    assertThat(errors.toResponse(new AccessDeniedException("error.access.role", "x")).getStatus()).isEqualTo(403);
    Response unauthenticated = errors.toResponse(new NotAuthenticatedException());
    assertThat(unauthenticated.getStatus()).isEqualTo(401);
    assertThat(unauthenticated.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"Pejl demo\"");
  }

  @Test
  void an_unexpected_failure_is_a_500_without_a_stack_trace() {
    Response r = errors.toResponse(new IllegalStateException("secret detail"));
    assertThat(r.getStatus()).isEqualTo(500);
    Json.Error body = (Json.Error) r.getEntity();
    assertThat(body.error()).isEqualTo("internal_error");
    assertThat(body.message()).doesNotContain("secret detail").doesNotContain("Exception");
  }
}
