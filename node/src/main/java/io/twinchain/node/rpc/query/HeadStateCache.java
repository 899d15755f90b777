/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the head's world state open between JSON-RPC reads, so that {@code eth_getBalance} at
 * {@code latest} is a lookup in the state's account overlay instead of opening a libevm state per
 * call. Reads of other states open them per call. A new canonical head ({@link
 * #onNewHead(BlockHeader)}, fed by ChainEvents) closes the old view; the next head read opens the
 * new one. libevm's StateDB is not thread-safe, so reads of the view take turns on its lock.
 */
public final class HeadStateCache implements AutoCloseable {

  private final WorldStateArchive archive;
  private View view;

  /** A cache over {@code archive}, first serving {@code head}. */
  public HeadStateCache(final WorldStateArchive archive, final BlockHeader head) {
    this.archive = archive;
    this.view = new View(head, Optional.empty());
  }

  /** The head the cache serves. */
  public synchronized BlockHeader head() {
    return view.header();
  }

  /** Switches to {@code header} as the head; its state opens on first read. */
  public synchronized void onNewHead(final BlockHeader header) {
    view.state().ifPresent(MutableWorldState::close);
    view = new View(header, Optional.empty());
  }

  /** Applies {@code reader} to the state after {@code header}, the head's through the cache. */
  public <T> T read(final BlockHeader header, final Function<MutableWorldState, T> reader)
      throws MissingStateException {
    synchronized (this) {
      if (view.header().stateRoot().equals(header.stateRoot())) {
        if (view.state().isEmpty()) {
          view = new View(view.header(), Optional.of(archive.open(header.stateRoot())));
        }
        return reader.apply(view.state().get());
      }
    }
    try (MutableWorldState state = archive.open(header.stateRoot())) {
      return reader.apply(state);
    }
  }

  @Override
  public synchronized void close() {
    view.state().ifPresent(MutableWorldState::close);
    view = new View(view.header(), Optional.empty());
  }

  private record View(BlockHeader header, Optional<MutableWorldState> state) {}
}
