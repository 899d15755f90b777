/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.forkchoice;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.chain.block.ChainView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A block tree in memory, for simulations, benchmarks and tests: sums each header's difficulty into
 * its cumulative work as the ledger's store does, and moves the head when a new tip wins {@link
 * NominalWorkForkChoice}. Thread-safe.
 */
public final class InMemoryChain implements ChainView {

  private final Map<Bytes32, BlockHeader> headers = new HashMap<>();
  private final Map<Bytes32, UInt256> totalWork = new HashMap<>();
  private final BlockHeader genesis;
  private BlockHeader head;

  public InMemoryChain(final BlockHeader genesis) {
    this.genesis = genesis;
    this.head = genesis;
    headers.put(genesis.hash(), genesis);
    totalWork.put(genesis.hash(), genesis.difficulty());
  }

  /** Stores {@code header} (its parent must be stored) and returns whether it became the head. */
  public synchronized boolean add(final BlockHeader header) {
    final UInt256 parentWork = totalWork.get(header.parentHash());
    if (parentWork == null) {
      throw new IllegalArgumentException("parent of " + header + " is not stored");
    }
    headers.put(header.hash(), header);
    final UInt256 work = parentWork.add(header.difficulty());
    totalWork.put(header.hash(), work);
    final ChainTip current = new ChainTip(head, totalWork.get(head.hash()));
    if (NominalWorkForkChoice.comparator().compare(new ChainTip(header, work), current) > 0) {
      head = header;
      return true;
    }
    return false;
  }

  @Override
  public synchronized BlockHeader head() {
    return head;
  }

  @Override
  public BlockHeader genesis() {
    return genesis;
  }

  @Override
  public synchronized Optional<BlockHeader> header(final Bytes32 hash) {
    return Optional.ofNullable(headers.get(hash));
  }

  @Override
  public synchronized Optional<BlockHeader> canonicalHeader(final long number) {
    if (number < 0 || number > head.number()) {
      return Optional.empty();
    }
    BlockHeader current = head;
    while (current.number() > number) {
      current = headers.get(current.parentHash());
    }
    return Optional.of(current);
  }

  @Override
  public synchronized Optional<UInt256> totalWork(final Bytes32 hash) {
    return Optional.ofNullable(totalWork.get(hash));
  }
}
