/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.HeaviestWorkForkChoice;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.execution.TransactionProcessor;
import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisAccount;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.importer.BlockImporter;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import io.twinchain.chain.validation.ExtraDataSizeRule;
import io.twinchain.chain.validation.HeaderRuleset;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * A real chain on disk (RocksDB + libevm) with the ledger's header rules and heaviest-work fork
 * choice, and helpers to build signed blocks on any parent.
 */
public final class TestChain implements AutoCloseable {

  /** Chain id of test chains. */
  public static final long CHAIN_ID = 2024;

  /** Balance of every funded test key. */
  public static final BigInteger FUNDS = BigInteger.TEN.pow(24);

  private final ChainDatabase database;
  private final BlockImporter importer;
  private final BlockAssembler assembler;
  private final TransactionBatchDecoder decoder =
      new TransactionBatchDecoder(new SignedTransactionDecoder(CHAIN_ID));

  private TestChain(final ChainDatabase database) {
    this.database = database;
    this.importer =
        new BlockImporter(
            database.blockchain(),
            database.worldState(),
            HeaderRuleset.ledgerRules(ExtraDataSizeRule.DEFAULT_MAX_BYTES),
            HeaviestWorkForkChoice.comparator(),
            CHAIN_ID);
    this.assembler =
        new BlockAssembler(database.worldState(), new TransactionProcessor(), CHAIN_ID);
  }

  /** A genesis funding test keys {@code 0..fundedKeys-1} with {@link #FUNDS}. */
  public static GenesisConfig genesis(final int fundedKeys) {
    final Map<Address, GenesisAccount> alloc = new LinkedHashMap<>();
    for (int i = 0; i < fundedKeys; i++) {
      alloc.put(TestKeys.address(i), new GenesisAccount(FUNDS, 0, Bytes.EMPTY, Map.of()));
    }
    return new GenesisConfig(
        CHAIN_ID,
        new ConsensusParameters(5, 1000, 0.5, "exponential"),
        1_700_000_000L,
        100_000_000L,
        UInt256.ONE,
        Bytes.EMPTY,
        alloc,
        List.of(TestKeys.address(100)),
        List.of(TestKeys.address(200)));
  }

  /** Opens (or creates) a test chain in {@code directory}. */
  public static TestChain open(final Path directory, final GenesisConfig genesis) {
    return new TestChain(ChainDatabase.open(directory, genesis));
  }

  /** The data directory's handles. */
  public ChainDatabase database() {
    return database;
  }

  /** The chain view. */
  public Blockchain chain() {
    return database.blockchain();
  }

  /** The importer. */
  public BlockImporter importer() {
    return importer;
  }

  /**
   * Assembles a block on {@code parent} with the given envelopes and difficulty; invalid
   * transactions are left out.
   */
  public Block buildOn(final BlockHeader parent, final List<Bytes> envelopes, final long difficulty)
      throws InvalidTransactionException, MissingStateException {
    final List<Transaction> transactions = decoder.decodeAll(envelopes);
    return assembler.assemble(
        parent,
        BlockAssembler.childTemplate(parent)
            .timestamp(parent.timestamp() + 5)
            .miner(TestKeys.address(100))
            .difficulty(UInt256.valueOf(difficulty)),
        transactions,
        new AncestorHashes(chain(), parent));
  }

  @Override
  public void close() {
    database.close();
  }
}
