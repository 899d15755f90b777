/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.Block;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's chain notifications: every block that becomes part of the canonical chain, in chain
 * order (after a reorganisation, the new branch's blocks from the fork point up). The importer
 * publishes; RPC subscriptions, twin anchoring and the controller listen.
 */
public final class ChainEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ChainEvents.class);

  private final List<Consumer<Block>> canonicalBlockListeners = new CopyOnWriteArrayList<>();

  /** Calls {@code listener} on the importing thread for each new canonical block; keep it quick. */
  public void onCanonicalBlock(final Consumer<Block> listener) {
    canonicalBlockListeners.add(listener);
  }

  /** Tells every listener; one failing listener does not stop the others or the import. */
  public void publishCanonicalBlock(final Block block) {
    for (final Consumer<Block> listener : canonicalBlockListeners) {
      try {
        listener.accept(block);
      } catch (RuntimeException e) {
        LOG.warn("chain listener failed on block {}", block.header().number(), e);
      }
    }
  }
}
