/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.proof;

import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * An independent verifier of Ethereum Merkle-Patricia proofs (Yellow Paper appendix D), written for
 * the tests so the EVM's own proof code is not trusted to check itself. Walks from the root along
 * the nibbles of keccak256(key), checking that every node hashes to the reference its parent holds
 * (nodes shorter than 32 bytes are embedded in their parent).
 */
final class MerklePatriciaProofVerifier {

  /** A proof that does not connect to the root or is malformed. */
  static final class InvalidProofException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidProofException(final String message) {
      super(message);
    }
  }

  private MerklePatriciaProofVerifier() {}

  /**
   * The value stored under {@code key} in the trie with {@code root}, or empty when the proof shows
   * there is none.
   *
   * @param key the unhashed key (an address, or a 32-byte storage slot)
   * @param proof the RLP nodes from the root down
   */
  static Optional<Bytes> verify(final Bytes32 root, final Bytes key, final List<Bytes> proof)
      throws InvalidProofException {
    final byte[] path = nibbles(Bytes.wrap(Hash.sha3(key.toArrayUnsafe())));
    Object reference = root;
    int position = 0;
    int index = 0;
    while (true) {
      final RlpList node = resolve(reference, proof, index++);
      final List<RlpType> items = node.getValues();
      if (items.size() == 17) {
        if (position == path.length) {
          return nonEmpty(items.get(16));
        }
        final RlpType child = items.get(path[position++]);
        if (isEmpty(child)) {
          return Optional.empty();
        }
        reference = child;
      } else if (items.size() == 2) {
        final byte[] encoded = ((RlpString) items.get(0)).getBytes();
        final boolean leaf = (encoded[0] & 0x20) != 0;
        final byte[] segment = hexPrefixNibbles(encoded);
        if (!matches(path, position, segment)) {
          return Optional.empty();
        }
        position += segment.length;
        if (leaf) {
          if (position != path.length) {
            throw new InvalidProofException("leaf ends before the key does");
          }
          return nonEmpty(items.get(1));
        }
        reference = items.get(1);
      } else {
        throw new InvalidProofException("node with " + items.size() + " items");
      }
    }
  }

  private static RlpList resolve(final Object reference, final List<Bytes> proof, final int index)
      throws InvalidProofException {
    if (reference instanceof RlpList embedded) {
      return embedded;
    }
    final Bytes hash =
        reference instanceof Bytes32 root ? root : Bytes.wrap(((RlpString) reference).getBytes());
    if (index >= proof.size()) {
      throw new InvalidProofException("proof ends at node " + index);
    }
    final Bytes node = proof.get(index);
    if (!Bytes.wrap(Hash.sha3(node.toArrayUnsafe())).equals(hash)) {
      throw new InvalidProofException("node " + index + " does not hash to its reference");
    }
    return (RlpList) RlpDecoder.decode(node.toArrayUnsafe()).getValues().getFirst();
  }

  private static Optional<Bytes> nonEmpty(final RlpType value) {
    return isEmpty(value)
        ? Optional.empty()
        : Optional.of(Bytes.wrap(((RlpString) value).getBytes()));
  }

  private static boolean isEmpty(final RlpType item) {
    return item instanceof RlpString string && string.getBytes().length == 0;
  }

  private static boolean matches(final byte[] path, final int from, final byte[] segment) {
    if (from + segment.length > path.length) {
      return false;
    }
    for (int i = 0; i < segment.length; i++) {
      if (path[from + i] != segment[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] nibbles(final Bytes bytes) {
    final byte[] result = new byte[bytes.size() * 2];
    for (int i = 0; i < bytes.size(); i++) {
      result[2 * i] = (byte) ((bytes.get(i) >> 4) & 0x0f);
      result[2 * i + 1] = (byte) (bytes.get(i) & 0x0f);
    }
    return result;
  }

  /** Decodes a hex-prefix path: flag nibble (leaf bit 2, odd bit 1), then the path nibbles. */
  private static byte[] hexPrefixNibbles(final byte[] encoded) {
    final byte[] all = nibbles(Bytes.wrap(encoded));
    final boolean odd = (all[0] & 1) != 0;
    final int skip = odd ? 1 : 2;
    final byte[] result = new byte[all.length - skip];
    System.arraycopy(all, skip, result, 0, result.length);
    return result;
  }
}
