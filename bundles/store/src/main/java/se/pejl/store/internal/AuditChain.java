package se.pejl.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.pejl.api.audit.AuditEntry;

/**
 * The hash chain over audit entries: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, inserting or removing an entry breaks every hash after it.
 */
final class AuditChain {
  /** The "previous hash" of a municipality's first entry. */
  static final String GENESIS = "0".repeat(64);
  /** Separates the fields; removed from values, so two different entries never hash alike. */
  private static final char SEPARATOR = '\u001f';

  private AuditChain() {}

  static String hash(String previousHash, AuditEntry e) {
    String text = String.join(String.valueOf(SEPARATOR), previousHash,
        Long.toString(e.sequence()), e.at().toString(), clean(e.user()),
        e.municipality().value(), clean(e.client().value()), clean(e.what()), clean(e.endpoint()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e2) {
      throw new IllegalStateException("every Java runtime has SHA-256", e2);
    }
  }

  private static String clean(String value) {
    return value.replace(SEPARATOR, ' ');
  }
}
