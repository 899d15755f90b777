/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.HeaviestWorkForkChoice;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.importer.BlockImporter;
import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.validation.ExtraDataSizeRule;
import io.twinchain.chain.validation.HeaderRuleset;
import io.twinchain.node.chain.ChainEvents;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * Produces blocks for RPC tests until the node's miner is wired: the chain module's {@link
 * BlockAssembler} takes the pool's ready transactions, its {@link BlockImporter} commits the block,
 * and {@link ChainEvents} announces it, as the chain service will do after mining.
 */
public final class TestBlockProducer implements AutoCloseable {

  /** Coinbase of produced blocks. */
  public static final Address MINER = new Address("0x00000000000000000000000000000000000000c0");

  private final ChainDatabase database;
  private final TransactionPool pool;
  private final ChainEvents events;
  private final BlockAssembler assembler;
  private final BlockImporter importer;
  private final ExecutorService auto = Executors.newSingleThreadExecutor();

  public TestBlockProducer(
      final ChainDatabase database,
      final TransactionPool pool,
      final ChainEvents events,
      final long chainId) {
    this.database = database;
    this.pool = pool;
    this.events = events;
    this.assembler = new BlockAssembler(database.worldState(), new TransactionProcessor(), chainId);
    this.importer =
        new BlockImporter(
            database.blockchain(),
            database.worldState(),
            HeaderRuleset.ledgerRules(ExtraDataSizeRule.DEFAULT_MAX_BYTES),
            HeaviestWorkForkChoice.comparator(),
            chainId);
  }

  /** Produces a block whenever a transaction enters the pool, on a thread of its own. */
  public void autoMine() {
    pool.onTransactionAdded(transaction -> auto.execute(this::produce));
  }

  /** Produces one block on the head with the pool's ready transactions. */
  public synchronized Block produce() {
    final BlockHeader head = database.blockchain().head();
    final Block block;
    try {
      block =
          assembler.assemble(
              head,
              BlockAssembler.childTemplate(head)
                  .timestamp(head.timestamp() + 5)
                  .miner(MINER)
                  .difficulty(UInt256.ONE),
              pool.select(1_000),
              new AncestorHashes(database.blockchain(), head));
    } catch (MissingStateException e) {
      throw new IllegalStateException(e);
    }
    final ImportResult result = importer.importBlock(block);
    if (!result.isStored()) {
      throw new IllegalStateException("produced block not imported: " + result);
    }
    events.publishCanonicalBlock(block);
    return block;
  }

  @Override
  public void close() {
    auto.shutdownNow();
  }
}
