package se.pejl.host.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import se.pejl.api.PejlUser;
import se.pejl.api.host.RequestView;
import se.pejl.api.host.UserContext;
import org.osgi.service.component.annotations.Component;

/**
 * HTTP Basic login for the demo accounts, all with the password {@code demo}. Swedish unless the
 * browser asks for English first.
 */
@Component(service = UserContext.class, property = DemoClientDirectory.HOST_PROPERTY)
public final class DemoUsers implements UserContext {

  private static final String BASIC = "Basic ";
  private static final byte[] PASSWORD_DIGEST = sha256("demo");

  @Override
  public Optional<PejlUser> currentUser(RequestView request) {
    Optional<String[]> credentials = request.header("Authorization").flatMap(DemoUsers::decode);
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    var account = DemoAccounts.find(credentials.get()[0]);
    // Digest first, so the comparison takes the same time whatever the length or the user.
    boolean passwordMatches = MessageDigest.isEqual(sha256(credentials.get()[1]), PASSWORD_DIGEST);
    if (account.isEmpty() || !passwordMatches) {
      return Optional.empty();
    }
    return Optional.of(DemoAccounts.user(account.get(), locale(request)));
  }

  @Override
  public Optional<String> challenge() {
    return Optional.of("Basic realm=\"Pejl demo\", charset=\"UTF-8\"");
  }

  /** {@code [user, password]}, or empty when the header is not well-formed Basic (RFC 7617). */
  private static Optional<String[]> decode(String header) {
    String value = header.strip();
    if (!value.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      byte[] raw = Base64.getDecoder().decode(value.substring(BASIC.length()).strip());
      decoded = new String(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
  }

  private static Locale locale(RequestView request) {
    return request
        .header("Accept-Language")
        .map(String::strip)
        .filter(v -> v.regionMatches(true, 0, "en", 0, 2))
        .map(v -> Locale.ENGLISH)
        .orElse(PejlUser.SWEDISH);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest javadoc).
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
