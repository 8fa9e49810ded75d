package se.pejl.it.pejl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Karaf features (DESIGN.md: {@code feature:install pejl}, {@code pejl-demo}) install what the
 * demo assembly runs, configured as it is: the two are written apart, so this keeps them in step.
 * That Karaf's resolver resolves them is checked by the features module's build (karaf:verify).
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class KarafFeaturesTest {
  private static final Path FEATURES = Path.of("..", "features", "target", "feature", "feature.xml");
  private static final Path CONFIGS = Path.of("..", "features", "src", "main", "config");
  /** Karaf brings its own: SCR, SPI Fly, logging, Config Admin, Metatype, File Install, Gogo. */
  private static final Set<String> KARAF_HAS = Set.of("slf4j-api", "slf4j-simple",
      "org.apache.aries.spifly.dynamic.bundle", "asm", "asm-commons", "asm-tree", "asm-util", "asm-analysis",
      "org.apache.felix.log", "org.osgi.service.component", "org.osgi.util.promise", "org.osgi.util.function",
      "org.apache.felix.scr", "org.apache.felix.configadmin", "org.apache.felix.metatype",
      "org.apache.felix.fileinstall", "org.apache.felix.gogo.runtime", "org.apache.felix.gogo.shell",
      "org.apache.felix.gogo.command");
  /** Felix's system bundle exports org.osgi.service.condition; Karaf 4.4's does not. */
  private static final String KARAF_LACKS = "org.osgi.service.condition-1.0.0.jar";
  private static final String DEMO_HOST = "se.pejl.host.demo";

  private static Document features;

  @BeforeAll
  static void read() throws Exception {
    features = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(FEATURES.toFile());
  }

  @Test
  void pejl_installs_every_bundle_the_demo_assembly_runs_but_the_demo_host_and_what_karaf_has() throws IOException {
    Set<String> assembly = new TreeSet<>();
    for (String jar : assemblyJars()) {
      if (!jar.startsWith(DEMO_HOST + "-") && !KARAF_HAS.contains(artifactOf(jar))) {
        assembly.add(jar);
      }
    }
    assembly.add(KARAF_LACKS);

    assertThat(bundles("pejl")).containsExactlyInAnyOrderElementsOf(assembly);
  }

  @Test
  void pejl_demo_is_pejl_and_the_demo_host() throws IOException {
    Element demo = feature("pejl-demo");

    assertThat(demo.getElementsByTagName("feature").item(0).getTextContent().trim()).isEqualTo("pejl");
    assertThat(bundles("pejl-demo")).singleElement().satisfies(jar -> assertThat(jar).startsWith(DEMO_HOST + "-")
        .isIn(assemblyJars()));
  }

  @Test
  void the_features_configure_pejl_as_the_demo_assembly_does() throws IOException {
    Map<String, String> configs = new LinkedHashMap<>();
    NodeList list = features.getElementsByTagName("config");
    for (int i = 0; i < list.getLength(); i++) {
      Element config = (Element) list.item(i);
      configs.put(config.getAttribute("name"), normalized(config.getTextContent()));
    }

    try (var files = Files.list(CONFIGS)) {
      assertThat(configs.keySet()).as("the features' configurations against " + CONFIGS)
          .containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString().replaceFirst("\\.(config|cfg)$", ""))
              .toList());
    }
    for (var config : configs.entrySet()) {
      assertThat(config.getValue()).as(config.getKey()).isEqualTo(normalized(assemblyConfig(config.getKey())));
    }
  }

  /** The feature's bundles as jar names, {@code <artifactId>-<version>.jar}. */
  private static List<String> bundles(String name) {
    NodeList list = feature(name).getElementsByTagName("bundle");
    List<String> jars = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      String[] gav = list.item(i).getTextContent().trim().substring("mvn:".length()).split("/");
      jars.add(gav[1] + "-" + gav[2] + ".jar");
    }
    return jars;
  }

  private static Element feature(String name) {
    NodeList list = features.getElementsByTagName("feature");
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      if (name.equals(e.getAttribute("name"))) {
        return e;
      }
    }
    throw new AssertionError("no feature " + name + " in " + FEATURES);
  }

  /** The demo assembly's bundles, from its index on the test class path. */
  private List<String> assemblyJars() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/pejl-bundles/index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(l -> l.substring(l.lastIndexOf('/') + 1)).toList();
    }
  }

  /** From the assembly's sources: the tests' class path has configurations of their own. */
  private static String assemblyConfig(String pid) throws IOException {
    for (String file : List.of(pid + ".config", pid + ".cfg")) {
      Path path = CONFIGS.resolve(file);
      if (Files.exists(path)) {
        return Files.readString(path, StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("the demo assembly has no configuration " + pid + " in " + CONFIGS);
  }

  private static String artifactOf(String jar) {
    return jar.replaceFirst("-[0-9][^-]*(-SNAPSHOT)?(-GA)?\\.jar$", "");
  }

  /** Lines trimmed, blank lines dropped: the feature indents its configurations. */
  private static String normalized(String text) {
    return String.join("\n", text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
  }
}
