package se.pejl.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where definition files come from: the folders a bundle names in a manifest header, and the schema. */
public final class DefinitionFiles {
  private static final Logger LOG = LoggerFactory.getLogger(DefinitionFiles.class);

  private DefinitionFiles() {}

  /**
   * The {@code *.json} files in the folders the bundle names in the header (comma-separated), each
   * under the name errors give it, {@code <symbolic name>:<path>}; empty when it names none. A folder
   * without files is logged: a misspelt folder would otherwise go unnoticed.
   *
   * @param what what the files define, for the log, e.g. {@code instrument}
   */
  public static Optional<Map<String, URL>> inBundle(Bundle bundle, String header, String what) {
    String folders = bundle.getHeaders("").get(header);
    if (folders == null) {
      return Optional.empty();
    }
    Map<String, URL> files = new LinkedHashMap<>();
    for (String folder : folders.split(",")) {
      String dir = folder.trim();
      Enumeration<URL> found = bundle.findEntries(dir, "*.json", false);
      if (found == null) {
        LOG.warn("Bundle {} names the {} folder {} but it holds no *.json", bundle.getSymbolicName(), what, dir);
        continue;
      }
      for (URL file : Collections.list(found)) {
        files.put(bundle.getSymbolicName() + ":" + file.getPath(), file);
      }
    }
    return Optional.of(files);
  }

  /** A JSON Schema shipped in the bundle of {@code owner}, or empty (logged) when it cannot be read. */
  public static Optional<String> schema(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.error("The schema {} could not be read: {}", resource, e.getMessage());
      return Optional.empty();
    }
  }
}
