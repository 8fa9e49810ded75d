package se.pejl.it.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.launcher.BundleSet;
import se.pejl.launcher.DefaultConfigs;
import se.pejl.launcher.PejlFramework;
import se.pejl.it.web.Http;

/**
 * The real assembly started on the data folder of a Pejl 0.1 demo (release-0.1/pejl-data-db.zip:
 * its Derby database as 0.1 left it, made by EclipseLink before migrations existed). Liquibase
 * must adopt and upgrade it inside Felix, and every row must still be there. Runs its own
 * framework through the launcher, beside the Arquillian one, because it needs its own data folder.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class UpgradeFromRelease01Test {

  @TempDir Path data;

  @Test
  void a_database_from_release_0_1_is_upgraded_in_felix_and_every_row_is_found() throws Exception {
    unzip("/release-0.1/pejl-data-db.zip", data);
    int port = freePort();
    ClassLoader loader = getClass().getClassLoader();
    try (PejlFramework pejl = PejlFramework.start(data, Map.of("org.osgi.service.http.port", Integer.toString(port)),
        BundleSet.fromClasspath(loader), DefaultConfigs.fromClasspath(loader))) {
      Http api = new Http(new URL("http://localhost:" + port + "/"));
      api.awaitUp(Duration.ofSeconds(90));

      assertThat(api.get("health", null).json().getString("status")).isEqualTo("UP");
      // 0.1's demo seeded 99 episodes with 183 answers; 84 children answered at start and end.
      JsonObject region = api.get("indicators/wellbeing-improved?by=municipality", "manager.tjorn").json()
          .getJsonArray("cells").getValuesAs(JsonObject.class).stream()
          .filter(c -> c.getJsonObject("key").getString("municipality").equals("ALL")).findFirst().orElseThrow();
      assertThat(region.getInt("n")).isEqualTo(84);
      assertThat(api.get("episodes?caseworker=caseworker.tjorn", "manager.tjorn").json().getJsonArray("items")).hasSize(32);
      JsonObject first = api.get("episodes/1", "caseworker.tjorn").json();
      assertThat(first.getString("client")).isEqualTo("T-1010");
      assertThat(first.getJsonArray("goals")).hasSize(2);
      assertThat(api.get("episodes/1/responses", "caseworker.tjorn").json().getJsonArray("items"))
          .extracting(r -> ((JsonObject) r).getString("occasion")).containsExactly("start", "end");
      // The upgraded database takes new data too.
      assertThat(api.post("responses", "caseworker.tjorn", """
          {"episodeId":1,"instrumentId":"child-wellbeing","occasion":"followup-6m",
           "answers":{"q1":3,"q2":3,"q3":1,"q4":3,"q5":1}}""").status()).isEqualTo(201);
    }
  }

  private static void unzip(String resource, Path into) throws IOException {
    try (InputStream in = UpgradeFromRelease01Test.class.getResourceAsStream(resource);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("zip entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
