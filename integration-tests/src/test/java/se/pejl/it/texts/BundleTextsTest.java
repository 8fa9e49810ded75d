package se.pejl.it.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

/**
 * Every Pejl bundle in the assembly speaks Swedish and English alike: each English text file
 * ({@code name.properties}) has a Swedish twin ({@code name_sv.properties}) with the same keys, and
 * both are plain ASCII — Felix Metatype and older readers load them as ISO-8859-1, so å, ä, ö must
 * be written as escapes.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class BundleTextsTest {

  @Test
  void every_text_file_of_every_pejl_bundle_has_a_swedish_twin_with_the_same_keys_in_ascii() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String bundle : pejlBundles()) {
      Map<String, byte[]> texts = textFiles(bundle);
      for (var file : texts.entrySet()) {
        assertThat(ascii(file.getValue())).as(bundle + " " + file.getKey() + " is ASCII").isTrue();
        if (file.getKey().endsWith("_sv.properties")) {
          continue;
        }
        String swedish = file.getKey().replace(".properties", "_sv.properties");
        assertThat(texts).as(bundle + ": " + file.getKey() + " has a Swedish twin").containsKey(swedish);
        assertThat(keys(texts.get(swedish))).as(bundle + ": keys of " + swedish)
            .containsExactlyInAnyOrderElementsOf(keys(file.getValue()));
        checked.add(bundle + "!" + file.getKey());
      }
    }
    assertThat(checked).as("text files checked").hasSizeGreaterThanOrEqualTo(6);
  }

  /** The Pejl bundles of the demo assembly, from its index on the test class path. */
  private List<String> pejlBundles() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/pejl-bundles/index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(l -> l.substring(l.indexOf(' ') + 1))
          .filter(path -> path.contains("/se.pejl."))
          .toList();
    }
  }

  /** Every {@code *.properties} file of the bundle that has (or is) a Swedish variant. */
  private Map<String, byte[]> textFiles(String bundle) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (JarInputStream jar = new JarInputStream(getClass().getResourceAsStream("/" + bundle))) {
      for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
        if (e.getName().endsWith(".properties") && !e.getName().startsWith("META-INF/")) {
          all.put(e.getName(), jar.readAllBytes());
        }
      }
    }
    all.keySet().removeIf(name -> !name.endsWith("_sv.properties")
        && !all.containsKey(name.replace(".properties", "_sv.properties")) && !isL10n(name));
    return all;
  }

  private static boolean isL10n(String name) {
    return name.startsWith("OSGI-INF/l10n/");
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static List<Object> keys(byte[] file) throws IOException {
    Properties p = new Properties();
    p.load(new java.io.ByteArrayInputStream(file));
    return new ArrayList<>(p.keySet());
  }
}
