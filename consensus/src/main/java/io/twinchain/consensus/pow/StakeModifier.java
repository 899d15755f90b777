/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import io.twinchain.consensus.Ancestors;
import java.security.MessageDigest;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The stake modifier mixed into every PoW input, after Peercoin's kernel (assumption
 * A-CONS-STAKE-MODIFIER): M_n = SHA-256(M_{n−1} ‖ hash(B_a)) with anchor a = max(0, n − 1 − depth).
 *
 * <p>Why: the modifier is derived from the chain, so a miner cannot choose it the way it chooses a
 * timestamp, extra data or transactions; it chains every earlier modifier, so the PoW input of
 * block n is unknown until block a exists and no work for future heights can be precomputed; and
 * with depth ≥ 1 the anchor lies below the parent, so the miner of the latest block cannot grind
 * that block's contents to steer the next modifier in its own favour (it would have to control
 * every block from a to n − 1).
 *
 * @param depth how many blocks below the parent the anchor sits; 0 anchors on the parent itself
 */
public record StakeModifier(int depth) {

  /** Default depth in genesis files. */
  public static final int DEFAULT_DEPTH = 6;

  public StakeModifier {
    checkArgument(depth >= 0, "stake-modifier depth must be >= 0, got %s", depth);
  }

  /** The number of the block whose hash block {@code number}'s modifier mixes in. */
  public long anchorNumber(final long number) {
    checkArgument(number >= 1, "only blocks after genesis carry a derived modifier: %s", number);
    return Math.max(0, number - 1 - depth);
  }

  /** M_n from the parent's modifier and the anchor block's hash. */
  public Bytes32 next(final Bytes32 parentModifier, final Bytes32 anchorHash) {
    final MessageDigest digest = Sha256.newDigest();
    digest.update(parentModifier.toArrayUnsafe());
    digest.update(anchorHash.toArrayUnsafe());
    return Bytes32.wrap(digest.digest());
  }

  /**
   * M of the child of {@code parent}.
   *
   * @return empty if the anchor block is not stored
   */
  public Optional<Bytes32> ofChild(final BlockHeader parent, final ChainView chain) {
    return Ancestors.at(chain, parent, anchorNumber(parent.number() + 1))
        .map(anchor -> next(parent.stakeModifier(), anchor.hash()));
  }
}
