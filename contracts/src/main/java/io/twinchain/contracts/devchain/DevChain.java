/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A single-node development chain on the ledger's real execution: signed transactions are decoded
 * by the ledger's {@link SignedTransactionDecoder}, executed by its {@link TransactionProcessor} on
 * libevm world states, and done into blocks with real state, transactions and receipts roots. There
 * is no consensus and no network: blocks are done on demand (or after every transaction), for
 * contract tests, benchmarks and tools. Thread-safe by a single lock.
 */
public final class DevChain implements AutoCloseable {

  /** Where a transaction landed. */
  public record Location(SealedBlock block, int index) {}

  private final DevChainConfig config;
  private final WorldStateArchive archive;
  private final SignedTransactionDecoder decoder;
  private final TransactionProcessor processor = new TransactionProcessor();
  private final ReadOnlyCalls calls;
  private final List<SealedBlock> blocks = new ArrayList<>();
  private final Map<Bytes32, Location> locations = new HashMap<>();
  private PendingBlock pending;

  private DevChain(final DevChainConfig config, final WorldStateArchive archive) {
    this.config = config;
    this.archive = archive;
    this.decoder = new SignedTransactionDecoder(config.chainId());
    this.calls = new ReadOnlyCalls(archive);
    blocks.add(DevChainGenesis.create(archive, config));
    this.pending = openPending();
  }

  /** A chain in memory, starting from its genesis block. */
  public static DevChain inMemory(final DevChainConfig config) {
    return new DevChain(config, WorldStateArchive.inMemory());
  }

  /** The chain id. */
  public long chainId() {
    return config.chainId();
  }

  /**
   * Decodes and executes a signed transaction into the pending block (sealing first when it does
   * not fit, and after it when auto-sealing).
   *
   * @return the transaction hash
   * @throws InvalidTransactionException if it is malformed or invalid in the pending state; the
   *     chain is unchanged
   */
  public synchronized Bytes32 submit(final Bytes envelope) throws InvalidTransactionException {
    final Transaction transaction = decoder.decode(envelope);
    if (!pending.fits(transaction) && !pending.isEmpty()) {
      seal();
    }
    pending.add(transaction);
    if (config.autoSeal()) {
      seal();
    }
    return transaction.hash();
  }

  /** Seals the pending block (even if empty), commits its state and opens the next one. */
  public synchronized SealedBlock seal() {
    final SealedBlock done;
    try (PendingBlock closing = pending) {
      done = closing.seal();
    }
    blocks.add(done);
    for (int i = 0; i < done.results().size(); i++) {
      locations.put(done.results().get(i).transaction().hash(), new Location(done, i));
    }
    pending = openPending();
    return done;
  }

  /** Number of the latest done block. */
  public synchronized long headNumber() {
    return blocks.size() - 1L;
  }

  /** A done block by number. */
  public synchronized Optional<SealedBlock> block(final long number) {
    return number >= 0 && number < blocks.size()
        ? Optional.of(blocks.get((int) number))
        : Optional.empty();
  }

  /** Where a done transaction is, if it is. */
  public synchronized Optional<Location> transaction(final Bytes32 hash) {
    return Optional.ofNullable(locations.get(hash));
  }

  /** eth_call: runs {@code request} on the state after block {@code number}. */
  public CallResult call(final CallRequest request, final long number)
      throws MissingStateException {
    final BlockHeader header = requireBlock(number).block().header();
    return calls.call(
        header.stateRoot(), BlockContext.of(config.chainId(), header, this::hashOf), request);
  }

  /** Read-only calls on this chain's states, e.g. for a {@code ReputationRegistryReader}. */
  public ReadOnlyCalls readOnlyCalls() {
    return calls;
  }

  /** Reads the state after block {@code number}. */
  public <T> T readState(final long number, final Function<MutableWorldState, T> reader)
      throws MissingStateException {
    try (MutableWorldState state =
        archive.open(requireBlock(number).block().header().stateRoot())) {
      return reader.apply(state);
    }
  }

  /** Reads the pending state: done blocks plus the transactions accepted since. */
  public synchronized <T> T readPendingState(final Function<MutableWorldState, T> reader) {
    return reader.apply(pending.state());
  }

  private SealedBlock requireBlock(final long number) {
    return block(number)
        .orElseThrow(() -> new IllegalArgumentException("no block " + number + " yet"));
  }

  private Optional<Bytes32> hashOf(final long number) {
    return block(number).map(done -> done.block().hash());
  }

  private PendingBlock openPending() {
    final BlockHeader parent = blocks.getLast().block().header();
    final BlockHeaderBuilder template =
        BlockHeader.builder()
            .parentHash(parent.hash())
            .number(parent.number() + 1)
            .slot(parent.number() + 1)
            .timestamp(parent.timestamp() + 1)
            .gasLimit(config.blockGasLimit())
            .difficulty(UInt256.ONE);
    try {
      return new PendingBlock(
          archive.open(parent.stateRoot()), template, config.chainId(), this::hashOf, processor);
    } catch (MissingStateException e) {
      throw new IllegalStateException("the head state must exist: it was just committed", e);
    }
  }

  @Override
  public synchronized void close() {
    pending.close();
    archive.close();
  }
}
