/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.keys;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * A node's long-lived secp256k1 identity key. Its 64-byte uncompressed public key is the node id
 * used in {@code enode://} URLs and the allowlist; its address (Keccak of the public key) is the
 * node's account.
 */
public final class NodeKey {

  private final ECKeyPair keyPair;

  private NodeKey(final ECKeyPair keyPair) {
    this.keyPair = keyPair;
  }

  /**
   * Draws a fresh key from a {@link SecureRandom}, rejecting the (negligible) out-of-range draws.
   */
  public static NodeKey generate(final SecureRandom random) {
    while (true) {
      final byte[] candidate = new byte[32];
      random.nextBytes(candidate);
      final Optional<NodeKey> key = fromPrivateKey(new BigInteger(1, candidate));
      if (key.isPresent()) {
        return key.get();
      }
    }
  }

  /** A key for a private scalar in [1, n-1]; empty when the scalar is outside the curve order. */
  public static Optional<NodeKey> fromPrivateKey(final BigInteger privateKey) {
    if (privateKey.signum() <= 0 || privateKey.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(new NodeKey(ECKeyPair.create(privateKey)));
  }

  /** The node id: 64-byte uncompressed public key (x || y). */
  public NodeId nodeId() {
    return NodeId.fromBytes(Numeric.toBytesPadded(keyPair.getPublicKey(), 64));
  }

  /** The node's account address, {@code 0x}-prefixed lowercase hex. */
  public String address() {
    return Numeric.prependHexPrefix(Keys.getAddress(keyPair.getPublicKey()));
  }

  /** The private key as 32 bytes of {@code 0x}-prefixed hex, the key file's content. */
  public String privateKeyHex() {
    return Numeric.toHexStringWithPrefixZeroPadded(keyPair.getPrivateKey(), 64);
  }

  /** Signs Keccak-256 of {@code message}; returns r || s || v (65 bytes, v in {27, 28}). */
  public byte[] sign(final byte[] message) {
    final Sign.SignatureData signature = Sign.signMessage(Hash.sha3(message), keyPair, false);
    final byte[] out = new byte[65];
    System.arraycopy(signature.getR(), 0, out, 0, 32);
    System.arraycopy(signature.getS(), 0, out, 32, 32);
    out[64] = signature.getV()[0];
    return out;
  }
}
