package se.pejl.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import se.pejl.api.ClientRef;
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
    return sha256(fields(previousHash, e, clean(e.client().value())));
  }

  /**
   * The hash of a list entry: as an entry's, with the number of clients where the client would be
   * and the clients after it in the order read, so none can be removed, added or moved unseen.
   */
  static String hash(String previousHash, AuditEntry list, List<ClientRef> clients) {
    StringBuilder text = new StringBuilder(fields(previousHash, list, "list of " + clients.size()));
    for (ClientRef client : clients) {
      text.append(SEPARATOR).append(clean(client.value()));
    }
    return sha256(text.toString());
  }

  /** The entry's fields and the previous hash, as its hash covers them, with {@code client} for the client. */
  private static String fields(String previousHash, AuditEntry e, String client) {
    return String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(e.sequence()), e.at().toString(),
        clean(e.user()), e.municipality().value(), client, clean(e.what()), clean(e.endpoint()));
  }

  private static String sha256(String text) {
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
