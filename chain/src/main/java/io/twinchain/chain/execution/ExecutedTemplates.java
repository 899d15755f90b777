/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.state.MutableWorldState;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The execution of the block template a producer is sealing, kept uncommitted so that importing the
 * sealed block commits it instead of executing every transaction a second time
 * (A-TX-PERF-OWN-BLOCK). Keyed by the header's sealing hash, which covers every field execution
 * reads (parent, number, miner, timestamp, gas limit, stake modifier) and the roots it produced, so
 * only a block sealed from exactly this template matches. One template is kept: a newer one
 * replaces it and the replaced state is discarded. Thread-safe: the miner keeps, the importer
 * takes.
 */
public final class ExecutedTemplates implements AutoCloseable {

  private Optional<Executed> kept = Optional.empty();

  /** A template's uncommitted state after executing its body, and the body's execution. */
  public record Executed(Bytes32 sealingHash, MutableWorldState state, BlockExecution execution) {}

  /** Keeps {@code executed}, discarding the template kept before. */
  public void keep(final Executed executed) {
    replace(Optional.of(executed));
  }

  /**
   * The execution kept for the header with {@code sealingHash}; the caller owns (commits or closes)
   * its state. Empty, keeping what is kept, if another template is kept.
   */
  public synchronized Optional<Executed> take(final Bytes32 sealingHash) {
    final Optional<Executed> match = kept.filter(e -> e.sealingHash().equals(sealingHash));
    if (match.isPresent()) {
      kept = Optional.empty();
    }
    return match;
  }

  /** Discards the kept template; call before closing the world state archive. */
  @Override
  public void close() {
    replace(Optional.empty());
  }

  private void replace(final Optional<Executed> next) {
    final Optional<Executed> previous;
    synchronized (this) {
      previous = kept;
      kept = next;
    }
    previous.ifPresent(executed -> executed.state().close());
  }
}
