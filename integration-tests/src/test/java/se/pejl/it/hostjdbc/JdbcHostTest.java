package se.pejl.it.hostjdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.host.ClientDirectory;
import se.pejl.it.Services;

/**
 * The real {@code se.pejl.host.jdbc} bundle in the assembly: a factory configuration for Göteborg
 * on a Derby host database gives a {@link ClientDirectory} for 1480 that reads the view.
 *
 * <p>The configuration is written as a {@code .cfg} file into fileinstall's folder, as IT would
 * do it: the test shares only the {@code se.pejl.api} packages with the framework, not
 * ConfigurationAdmin or the JDBC service, and sharing {@code org.osgi.service.cm} through the
 * system bundle would put a second copy of it beside Felix ConfigAdmin's own for every test.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class JdbcHostTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final MunicipalityCode GOTEBORG = MunicipalityCode.of("1480");
  private static final String HOST = "Goteborg test host";
  private static final String CONFIG_FILE = "se.pejl.host.jdbc-goteborg.cfg";

  @Deployment(testable = false)
  static JavaArchive hostJdbc() {
    return ShrinkWrap.createFromZipFile(JavaArchive.class, bundleJar("se.pejl.host.jdbc"));
  }

  @ArquillianResource BundleContext context;
  private Services services;

  @AfterEach
  void removeConfiguration() throws IOException {
    // Fileinstall deletes the configuration with its file, so no other test sees a 1480 host.
    Files.deleteIfExists(etc().resolve(CONFIG_FILE));
    if (services != null) {
      services.close();
    }
  }

  @Test
  void a_factory_configuration_for_a_municipality_gives_its_client_directory() throws Exception {
    Path database = etc().getParent().resolve("host-jdbc-test-db");
    createHostDatabase(database);
    writeConfiguration(String.join("\n",
        "pejl.host=" + HOST,
        "pejl.municipality=1480",
        "url=jdbc:derby:" + database.toString().replace('\\', '/'),
        "dataSourceFactory.target=(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)",
        "timeoutSeconds=10",
        ""));

    services = new Services(context);
    ClientDirectory directory = services.awaitService(ClientDirectory.class,
        "(&(" + ClientDirectory.MUNICIPALITY + "=1480)(" + ClientDirectory.HOST + "=" + HOST + "))", TIMEOUT);

    assertThat(directory.find(GOTEBORG, new ClientRef("G-1"))).contains(new ClientSnapshot(
        new ClientRef("G-1"), Gender.GIRL, LocalDate.of(2012, 12, 12), GOTEBORG, "Stodgruppen Hisingen"));
    assertThat(directory.find(GOTEBORG, new ClientRef("G-2")).orElseThrow().gender()).isEqualTo(Gender.BOY);
    assertThat(directory.find(GOTEBORG, new ClientRef("T-1"))).as("a client of Tjorn in the same view").isEmpty();
    assertThat(directory.find(MunicipalityCode.of("1407"), new ClientRef("T-1"))).isEmpty();
    assertThat(directory.clientsOf(GOTEBORG, "cw.gbg")).extracting(ClientSnapshot::ref)
        .containsExactly(new ClientRef("G-1"), new ClientRef("G-2"));
  }

  private Path etc() {
    return Path.of(context.getProperty("felix.fileinstall.dir"));
  }

  /** Writes next to the folder, then moves it in, so fileinstall never reads half a file. */
  private void writeConfiguration(String text) throws IOException {
    Path draft = etc().getParent().resolve(CONFIG_FILE + ".draft");
    Files.writeString(draft, text, StandardCharsets.ISO_8859_1);
    Files.move(draft, etc().resolve(CONFIG_FILE), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The host's database, made with the test's own Derby and shut down again: Derby lets only one
   * engine at a time open a database, and the bundle's Derby opens it next.
   */
  private static void createHostDatabase(Path dir) throws SQLException {
    String url = "jdbc:derby:" + dir.toString().replace('\\', '/');
    try (Connection c = DriverManager.getConnection(url + ";create=true");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE KLIENT (ID VARCHAR(20) PRIMARY KEY, PERSONNUMMER CHAR(13) NOT NULL,"
          + " NAMN VARCHAR(100) NOT NULL, KON CHAR(1), FODD DATE, KOMMUN CHAR(4) NOT NULL,"
          + " ENHET VARCHAR(100), HANDLAGGARE VARCHAR(50))");
      s.execute("INSERT INTO KLIENT VALUES"
          + " ('G-1', '20121212-1212', 'Alva', 'F', '2012-12-12', '1480', 'Stodgruppen Hisingen', 'cw.gbg'),"
          + " ('G-2', '20100101-0000', 'Bo', 'M', '2010-01-01', '1480', 'HVB Angered', 'cw.gbg'),"
          + " ('T-1', '20110505-0000', 'Ebba', 'F', '2011-05-05', '1407', 'Stodgruppen Tjorn', 'cw.gbg')");
      s.execute("CREATE VIEW CLIENTS_FOR_PEJL AS SELECT ID AS REF, KON AS GENDER, FODD AS BIRTH_DATE,"
          + " KOMMUN AS MUNICIPALITY, ENHET AS UNIT, HANDLAGGARE AS CASEWORKER FROM KLIENT");
    }
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException e) {
      // Derby reports a clean database shutdown as this error.
      if (!"08006".equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  /** The bundle's jar as Maven put it on the test class path. */
  private static File bundleJar(String artifactId) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .filter(f -> f.getName().startsWith(artifactId + "-") && f.getName().endsWith(".jar"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(artifactId + " jar is not on the test class path;"
            + " build it with mvn install (a reactor build before the package phase gives classes only)"));
  }
}
