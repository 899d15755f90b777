/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.keys;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** A node's identity: its 64-byte uncompressed secp256k1 public key, as in enode URLs. */
public final class NodeId {

  /** Length in bytes of an uncompressed public key without the 0x04 prefix. */
  public static final int LENGTH = 64;

  private final byte[] publicKey;

  private NodeId(final byte[] publicKey) {
    this.publicKey = publicKey.clone();
  }

  /** Wraps 64 bytes; throws {@link IllegalArgumentException} on any other length. */
  public static NodeId fromBytes(final byte[] publicKey) {
    if (publicKey.length != LENGTH) {
      throw new IllegalArgumentException(
          "node id must be " + LENGTH + " bytes, got " + publicKey.length);
    }
    return new NodeId(publicKey);
  }

  /** Parses 128 hex digits, with or without {@code 0x}; empty when malformed. */
  public static Optional<NodeId> fromHex(final String hex) {
    final String clean = Numeric.cleanHexPrefix(hex.trim()).toLowerCase(Locale.ROOT);
    if (clean.length() != LENGTH * 2 || !clean.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(new NodeId(HexFormat.of().parseHex(clean)));
  }

  /**
   * Recovers the signer of {@code signature} (r || s || v over Keccak-256 of {@code message}) and
   * returns it when it equals this id.
   */
  public boolean signed(final byte[] message, final byte[] signature) {
    if (signature.length != 65) {
      return false;
    }
    final Sign.SignatureData data =
        new Sign.SignatureData(
            signature[64],
            Arrays.copyOfRange(signature, 0, 32),
            Arrays.copyOfRange(signature, 32, 64));
    try {
      final BigInteger recovered = Sign.signedMessageHashToKey(Hash.sha3(message), data);
      return Arrays.equals(Numeric.toBytesPadded(recovered, LENGTH), publicKey);
    } catch (SignatureException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The 64 public-key bytes. */
  public byte[] toBytes() {
    return publicKey.clone();
  }

  /** The account address derived from this public key. */
  public String address() {
    return Numeric.prependHexPrefix(Keys.getAddress(new BigInteger(1, publicKey)));
  }

  /** 128 lowercase hex digits without prefix, as in {@code enode://<id>@host:port}. */
  public String toHex() {
    return HexFormat.of().formatHex(publicKey);
  }

  /** A short form for logs. */
  public String shortId() {
    return toHex().substring(0, 12);
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof NodeId id && Arrays.equals(publicKey, id.publicKey);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "0x" + toHex();
  }
}
