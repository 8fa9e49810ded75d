package se.pejl.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportService;

/**
 * {@code /pejl/reports[?report=<id>]}: the managers' report page. It logs in as the API does
 * (through the host's {@link se.pejl.api.host.UserContext}); without a login it answers 401 with
 * the host's challenge, so that a browser asks. The chosen report is a query parameter rather than
 * a path segment so that the page stays in {@code /pejl/}, where a browser sends the HTTP Basic
 * login it was given for the page on to {@code /pejl/api/} unasked (RFC 7617, section 2.2).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pejl/reports")
public final class ReportPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ReportPageServlet.class);

  private final transient ReportService reports;
  private final transient Caller caller;

  @Activate
  public ReportPageServlet(@Reference ReportService reports, @Reference Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    Locale asked = PageTexts.asked(request.getHeader("Accept-Language"));
    try {
      Optional<PejlUser> user = caller.user(request);
      if (user.isEmpty()) {
        caller.challenge().ifPresent(c -> response.setHeader("WWW-Authenticate", c));
        send(response, 401, ReportPages.message(asked, "reports.login"));
        return;
      }
      String chosen = Params.blankToNull(request.getParameter("report"));
      List<ReportInfo> all = reports.reports();
      ReportInfo report = all.stream().filter(r -> r.id().equals(chosen)).findFirst().orElse(null);
      Map<String, String> given = new HashMap<>();
      if (report != null) {
        report.parameters().forEach(p -> {
          String value = request.getParameter(p.name());
          if (value != null) {
            given.put(p.name(), value);
          }
        });
      }
      send(response, chosen != null && report == null ? 404 : 200,
          ReportPages.page(request.getContextPath(), user.get(), all, chosen, given));
    } catch (HostUnavailableException e) {
      LOG.warn("The report page could not be shown: {}", e.getMessage());
      send(response, 503, ReportPages.message(asked, "reports.unavailable"));
    } catch (RuntimeException e) {
      // a boundary: log once, never show a stack trace
      LOG.error("The report page failed", e);
      send(response, 500, ReportPages.message(asked, "reports.unavailable"));
    }
  }

  private static void send(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store"); // the page is one user's, and may name confidential reports
    response.setHeader("Content-Security-Policy", ReportPages.POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html);
  }
}
