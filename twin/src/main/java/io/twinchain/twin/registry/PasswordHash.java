/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Device password hashes: {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, computed with
 * the JDK's PBKDF2, compared in constant time.
 */
public final class PasswordHash {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new salted hash of {@code password}. */
  public static String hash(final String password) {
    final byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    final Base64.Encoder base64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(derive(password.toCharArray(), salt, ITERATIONS));
  }

  /** Whether {@code password} (UTF-8 bytes, as MQTT carries it) matches {@code encoded}. */
  public static boolean matches(final String encoded, final byte[] password) {
    final String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    final CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(password));
    final char[] plain = new char[chars.remaining()];
    chars.get(plain);
    final Base64.Decoder base64 = Base64.getDecoder();
    final byte[] expected = base64.decode(parts[3]);
    final byte[] actual = derive(plain, base64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(final char[] password, final byte[] salt, final int iterations) {
    try {
      return SecretKeyFactory.getInstance(ALGORITHM)
          .generateSecret(new PBEKeySpec(password, salt, iterations, 256))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is part of every JDK", e);
    }
  }
}
