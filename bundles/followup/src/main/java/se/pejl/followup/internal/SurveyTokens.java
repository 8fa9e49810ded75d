package se.pejl.followup.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Survey link tokens: 32 bytes (256 bits) from {@link SecureRandom}, base64url without padding,
 * so 43 characters. Only the SHA-256 of a token is stored; a plain hash is enough (no salt or
 * slow hash) because the token itself has 256 random bits, unlike a password.
 */
final class SurveyTokens {
  private static final int BYTES = 32;
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random;

  SurveyTokens() {
    this(new SecureRandom());
  }

  SurveyTokens(SecureRandom random) {
    this.random = random;
  }

  String next() {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a string can be a token at all; anything else is refused without a database query. */
  static boolean wellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }

  /** The SHA-256 of the token as 64 lowercase hex digits. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
