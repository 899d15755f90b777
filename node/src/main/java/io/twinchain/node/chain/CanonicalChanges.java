/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which blocks became canonical when the head moved: the new branch from the fork point up. */
final class CanonicalChanges {

  private CanonicalChanges() {}

  /**
   * The headers from just above the common ancestor of {@code oldHead} and {@code newHead} up to
   * {@code newHead}, in chain order; empty if the head did not move.
   */
  static List<BlockHeader> between(
      final ChainView chain, final BlockHeader oldHead, final BlockHeader newHead) {
    final List<BlockHeader> added = new ArrayList<>();
    BlockHeader newer = newHead;
    BlockHeader older = oldHead;
    while (newer.number() > older.number()) {
      added.add(newer);
      newer = parentOf(chain, newer);
    }
    while (older.number() > newer.number()) {
      older = parentOf(chain, older);
    }
    while (!newer.hash().equals(older.hash())) {
      added.add(newer);
      newer = parentOf(chain, newer);
      older = parentOf(chain, older);
    }
    Collections.reverse(added);
    return added;
  }

  private static BlockHeader parentOf(final ChainView chain, final BlockHeader header) {
    return chain
        .header(header.parentHash())
        .orElseThrow(
            () -> new IllegalStateException("stored block " + header.number() + " has no parent"));
  }
}
