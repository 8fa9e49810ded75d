package se.pejl.it.pejl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import se.pejl.api.Gender;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.it.Services;
import se.pejl.it.web.Http;

/**
 * A municipality adds its own instrument by installing a small bundle, answers it, and removes
 * the bundle: the instrument can no longer be answered, and the answers given stay readable, also
 * after the forms bundle restarts.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class InstrumentBundleTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final MunicipalityCode TJORN = Pejl.TJORN;
  private static final String BUNDLE = "municipal-instrument";
  private static final String INSTRUMENT = "tjorn-contact-check";

  /** Managed, so that the framework's HTTP address is there from the start. */
  @Deployment(name = "marker", testable = false)
  static JavaArchive marker() {
    return se.pejl.it.probe.Probes.probeBundle("instrument-bundle-marker.jar");
  }

  @Deployment(name = BUNDLE, managed = false, testable = false)
  static JavaArchive municipalInstrument() {
    String definition = """
        {"schemaVersion": 2, "id": "%s", "version": 1,
         "title": {"sv": "Kontaktkoll", "en": "Contact check"}, "respondents": ["youth"],
         "items": [
           {"id": "contact", "type": "single-choice", "required": true,
            "text": {"sv": "Jag vet vem jag kan kontakta.", "en": "I know whom to contact."},
            "choices": [{"value": 1, "label": {"sv": "Nej", "en": "No"}},
                        {"value": 2, "label": {"sv": "Delvis", "en": "Partly"}},
                        {"value": 3, "label": {"sv": "Ja", "en": "Yes"}}]},
           {"id": "often", "type": "number", "min": 0, "max": 30,
            "text": {"sv": "Dagar med kontakt senaste månaden", "en": "Days with contact last month"}}],
         "scales": [{"id": "contact", "name": {"sv": "Kontakt", "en": "Contact"}, "method": "sum",
                     "items": ["contact"], "higherIsBetter": true}]}""".formatted(INSTRUMENT);
    return ShrinkWrap.create(JavaArchive.class, "municipal-instrument.jar")
        .setManifest(new StringAsset(String.join("\n", "Manifest-Version: 1.0", "Bundle-ManifestVersion: 2",
            "Bundle-SymbolicName: se.tjorn.pejl.instruments", "Bundle-Version: 1.0.0",
            "Pejl-Instruments: instruments/",
            "Require-Capability: osgi.extender;filter:=\"(osgi.extender=se.pejl.instruments)\"", "")))
        .add(new StringAsset(definition), "instruments/" + INSTRUMENT + "-1.json");
  }

  @ArquillianResource Deployer deployer;
  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;

  @Test
  void an_instrument_from_a_bundle_is_answered_and_its_answers_outlive_the_bundle() throws Exception {
    try (Services services = new Services(context)) {
      InstrumentRegistry registry = services.awaitService(InstrumentRegistry.class, TIMEOUT);
      FollowUpService followUp = services.awaitService(FollowUpService.class, TIMEOUT);
      Pejl pejl = new Pejl(services);
      Http api = new Http(http);
      api.awaitUp(TIMEOUT);
      assertThat(registry.find(INSTRUMENT)).isEmpty();

      deployer.deploy(BUNDLE);
      assertThat(registry.find(INSTRUMENT)).hasValueSatisfying(i -> assertThat(i.version()).isEqualTo(1));
      assertThat(api.get("instruments", "caseworker.tjorn").text()).contains(INSTRUMENT);
      // kept in the database the first time it is seen, so that it outlives the bundle across restarts
      assertThat(services.awaitService(InstrumentDefinitionRepository.class, TIMEOUT).all())
          .anySatisfy(d -> {
            assertThat(d.instrumentId()).isEqualTo(INSTRUMENT);
            assertThat(d.bundle()).isEqualTo("se.tjorn.pejl.instruments");
            assertThat(d.text()).contains("Kontaktkoll");
          });

      PejlUser caseworker = Pejl.caseworker(TJORN);
      Episode episode = pejl.supportGroup(TJORN, pejl.clients(TJORN, Gender.GIRL).get(0));
      Response answered = followUp.submit(caseworker, new AnswerSubmission(episode.id(), INSTRUMENT, "start",
          LocalDate.now(), Map.of("contact", 3, "often", 4)));
      assertThat(answered.scores()).containsEntry("contact", 3.0);

      deployer.undeploy(BUNDLE);

      assertThat(registry.find(INSTRUMENT)).isEmpty();
      assertThat(registry.find(INSTRUMENT, 1)).isPresent();
      assertThatThrownBy(() -> followUp.submit(caseworker, new AnswerSubmission(episode.id(), INSTRUMENT,
          "start", LocalDate.now(), Map.of("contact", 2))))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("instrumentId"));
      assertThat(followUp.responses(Pejl.access(TJORN), episode.id()))
          .anySatisfy(r -> {
            assertThat(r.instrumentId()).isEqualTo(INSTRUMENT);
            assertThat(r.instrumentVersion()).isEqualTo(1);
            assertThat(r.scores()).containsEntry("contact", 3.0);
          });
      JsonObject old = api.get("instruments/" + INSTRUMENT + "?version=1&lang=en", "caseworker.tjorn").json();
      assertThat(old.getBoolean("answerable")).isFalse();
      assertThat(old.getString("title")).isEqualTo("Contact check");
      assertThat(api.get("instruments/" + INSTRUMENT, "caseworker.tjorn").status()).isEqualTo(404);

      // As after a restart of Pejl without the bundle: the extender starts again, from the store.
      Bundle forms = Arrays.stream(context.getBundles()).filter(b -> "se.pejl.forms".equals(b.getSymbolicName()))
          .findFirst().orElseThrow();
      forms.stop();
      forms.start();
      InstrumentRegistry restarted = services.awaitService(InstrumentRegistry.class, TIMEOUT);
      assertThat(restarted.find(INSTRUMENT, 1)).map(i -> i.titleSv()).contains("Kontaktkoll");
      assertThat(restarted.find(INSTRUMENT)).isEmpty();
      assertThat(restarted.find("parent-survey")).isPresent();
    }
  }

  @Test
  void the_shipped_instruments_and_the_schema_are_served_over_http() throws InterruptedException {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    Http.Reply list = api.get("instruments", "caseworker.tjorn");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items")).hasSizeGreaterThanOrEqualTo(7);
    JsonObject parent = api.get("instruments/parent-survey", "caseworker.tjorn").json();
    assertThat(parent.getString("title")).isEqualTo("Enkät till föräldrar med placerade barn");
    assertThat(parent.getBoolean("answerable")).isTrue();
    Http.Reply schema = api.get("instruments/schema.json", null);
    assertThat(schema.status()).isEqualTo(200);
    assertThat(schema.json().getJsonObject("properties").containsKey("schemaVersion")).isTrue();
  }
}
