package se.pejl.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.FieldError;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlException;
import se.pejl.api.survey.OpenSurvey;
import se.pejl.api.survey.SurveyAnswering;
import se.pejl.api.survey.SurveyLinkClosedException;

/**
 * {@code /pejl/survey/<token>}: the page a respondent answers on, without logging in. A plain
 * servlet rather than a REST resource: the JSON API's runtime lives under {@code /pejl/api} and
 * maps every error to JSON, while these are HTML pages for children and parents.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pejl/survey/*")
public final class SurveyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SurveyServlet.class);

  private final transient SurveyAnswering answering;

  @Activate
  public SurveyServlet(@Reference SurveyAnswering answering) {
    this.answering = answering;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale asked = asked(request);
    try {
      OpenSurvey survey = answering.open(token(request));
      Locale language = SurveyPages.language(survey.link().language());
      send(response, 200, SurveyPages.form(survey.instrument(), language, survey.link().isGroup(), Map.of(), Map.of()));
    } catch (RuntimeException e) {
      failed(response, e, asked);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Locale asked = asked(request);
    String token = token(request);
    OpenSurvey survey;
    try {
      survey = answering.open(token);
    } catch (RuntimeException e) {
      failed(response, e, asked);
      return;
    }
    Locale language = SurveyPages.language(survey.link().language());
    Map<String, String[]> form = request.getParameterMap();
    try {
      answering.answer(token, SurveyForm.answers(survey.instrument(), form));
      send(response, 200, SurveyPages.thanks(language));
    } catch (InvalidInputException e) {
      send(response, 400, SurveyPages.form(survey.instrument(), language, survey.link().isGroup(), form,
          kindErrors(e, language)));
    } catch (RuntimeException e) {
      failed(response, e, language);
    }
  }

  /** Each wrong item gets the same kind words; the item's number and question say which it is. */
  private static Map<String, String> kindErrors(InvalidInputException e, Locale language) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError f : e.fieldErrors()) {
      if (f.field() != null && f.field().startsWith("answers.")) {
        errors.putIfAbsent(f.field().substring("answers.".length()), SurveyPages.text(language, "survey.error.here"));
      }
    }
    if (errors.isEmpty()) {
      errors.put("", SurveyPages.text(language, "survey.error.here"));
    }
    return errors;
  }

  private static void failed(HttpServletResponse response, RuntimeException e, Locale language) throws IOException {
    if (e instanceof SurveyLinkClosedException closed) {
      send(response, 410, SurveyPages.closed(SurveyPages.language(closed.language()), closed.status()));
    } else if (e instanceof NotFoundException) {
      send(response, 404, SurveyPages.notFound(language));
    } else if (e instanceof PejlException p && !(p instanceof se.pejl.api.ProcessingException)) {
      // e.g. the instrument was withdrawn: the respondent cannot fix it, so no details
      LOG.warn("A survey page could not be shown: {}", p.getMessage());
      send(response, 404, SurveyPages.unavailable(language));
    } else {
      // a boundary: log once, never show the respondent a stack trace
      LOG.error("A survey page failed", e);
      send(response, 500, SurveyPages.unavailable(language));
    }
  }

  private static String token(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null ? "" : path.substring(1);
  }

  /** Before the link is known: the browser's language if it is English, else Swedish. */
  private static Locale asked(HttpServletRequest request) {
    return PageTexts.asked(request.getHeader("Accept-Language"));
  }

  private static void send(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store"); // the page's address is a credential
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html);
  }
}
