package se.pejl.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Respondent;

/**
 * {@code /pejl/api/instruments}: the instruments that can be answered, one definition with its
 * texts in the caller's language (also an older version, for reading old answers), and the JSON
 * Schema of the definition files.
 */
@Component(service = InstrumentResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
public final class InstrumentResource {
  private final InstrumentRegistry instruments;
  private final Caller caller;

  @Activate
  public InstrumentResource(@Reference InstrumentRegistry instruments, @Reference Caller caller) {
    this.instruments = instruments;
    this.caller = caller;
  }

  @GET
  public Json.Items<InstrumentJson.Summary> list(@QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    Locale locale = language(lang, caller.require(headers, security));
    return new Json.Items<>(instruments.all().stream().map(i -> InstrumentJson.Summary.of(i, locale)).toList());
  }

  /** Documentation for whoever writes a definition file, so it needs no login like openapi.json. */
  @GET
  @Path("schema.json")
  public byte[] schema() {
    return instruments.definitionSchema()
        .orElseThrow(() -> new NotFoundException("error.notFound.path", "/pejl/api/instruments/schema.json"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @GET
  @Path("{id}")
  public InstrumentJson.View one(@PathParam("id") String id, @QueryParam("version") String version,
      @QueryParam("respondent") String respondent, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    Locale locale = language(lang, caller.require(headers, security));
    Instrument newest = instruments.find(id).orElse(null);
    Instrument shown;
    if (version == null || version.isBlank()) {
      shown = newest;
      if (shown == null) {
        throw new NotFoundException("error.instrument.unknown", id);
      }
    } else {
      int v = Params.integer("version", version, 0);
      shown = instruments.find(id, v).orElseThrow(() -> new NotFoundException("error.instrument.version", id, v));
    }
    Respondent who = respondent == null || respondent.isBlank() ? null : Respondent.of(respondent.trim())
        .orElseThrow(() -> new InvalidInputException("respondent", "error.request.parameter", "respondent", respondent));
    boolean answerable = newest != null && newest.version() == shown.version();
    return InstrumentJson.View.of(shown, locale, who, answerable);
  }

  /** {@code lang=sv|en} when given, else the user's language: Swedish first. */
  static Locale language(String lang, PejlUser user) {
    if (lang == null || lang.isBlank()) {
      return "en".equals(user.locale().getLanguage()) ? Locale.ENGLISH : PejlUser.SWEDISH;
    }
    return switch (lang.trim()) {
      case "sv" -> PejlUser.SWEDISH;
      case "en" -> Locale.ENGLISH;
      default -> throw new InvalidInputException("lang", "error.request.parameter", "lang", lang);
    };
  }
}
