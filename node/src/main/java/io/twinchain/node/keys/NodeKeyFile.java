/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import org.web3j.utils.Numeric;

/**
 * The node key file: one line holding the 32-byte secp256k1 private key as {@code 0x}-prefixed hex
 * (Besu's {@code key} file format), readable only by its owner (0600). The public key is written
 * beside it as {@code key.pub} for operators to build enode URLs.
 */
public final class NodeKeyFile {

  private NodeKeyFile() {}

  /** Reads a key file; throws {@link InvalidNodeKeyException} naming the problem. */
  public static NodeKey load(final Path file) {
    final String content;
    try {
      content = Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new InvalidNodeKeyException(file, "cannot be read (" + e.getMessage() + ")");
    }
    final String hex = Numeric.cleanHexPrefix(content).toLowerCase(Locale.ROOT);
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new InvalidNodeKeyException(file, "must hold 32 bytes of hex (64 digits)");
    }
    return NodeKey.fromPrivateKey(new BigInteger(hex, 16))
        .orElseThrow(
            () -> new InvalidNodeKeyException(file, "is not a valid secp256k1 private key"));
  }

  /** Generates a new key into {@code file}, refusing to overwrite an existing one. */
  public static NodeKey generate(final Path file, final SecureRandom random) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString(), null, "refusing to overwrite a key");
    }
    final NodeKey key = NodeKey.generate(random);
    write(file, key);
    return key;
  }

  /** Writes {@code key} to {@code file} with owner-only permissions and its {@code .pub} beside. */
  public static void write(final Path file, final NodeKey key) throws IOException {
    final Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    final Path tmp = Files.createTempFile(parent, ".key", ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(tmp, key.privateKeyHex() + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    Files.writeString(
        publicKeyFile(file),
        "0x" + key.nodeId().toHex() + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Where the public key of {@code keyFile} is written. */
  public static Path publicKeyFile(final Path keyFile) {
    return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
  }
}
