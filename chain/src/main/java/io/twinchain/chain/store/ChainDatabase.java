/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.ExecutedTemplates;
import io.twinchain.chain.genesis.GenesisBlocks;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.chain.storage.StorageException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import java.nio.file.Path;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A node's data directory: the RocksDB database ({@code database/}, every {@link
 * io.twinchain.chain.storage.Column}, shared with the twin store) and the EVM state ({@code
 * state/}, libevm's LevelDB). Opening initialises an empty directory from the genesis config,
 * refuses a directory of another genesis, and runs {@link ChainRecovery}. Open one per directory
 * and close it last.
 */
public final class ChainDatabase implements AutoCloseable {

  /** A full pool (50,000 by default) is never all in flight; this covers a few blocks' worth. */
  private static final int REMEMBERED_TRANSACTIONS = 32_768;

  private final KeyValueStore store;
  private final WorldStateArchive archive;
  private final ChainStorage storage;
  private final int rolledBack;
  private final SignedTransactionDecoder transactionDecoder;
  private final ExecutedTemplates executedTemplates = new ExecutedTemplates();

  private ChainDatabase(
      final KeyValueStore store,
      final WorldStateArchive archive,
      final int rolledBack,
      final long chainId) {
    this.store = store;
    this.archive = archive;
    this.storage = new ChainStorage(store);
    this.rolledBack = rolledBack;
    this.transactionDecoder =
        SignedTransactionDecoder.remembering(chainId, REMEMBERED_TRANSACTIONS);
  }

  /**
   * Opens (initialising if empty) the data directory {@code directory} for {@code genesis}.
   *
   * @throws StorageException if the directory holds another chain or is corrupt
   */
  public static ChainDatabase open(final Path directory, final GenesisConfig genesis) {
    final KeyValueStore store = RocksDbKeyValueStore.open(directory.resolve("database"));
    final WorldStateArchive archive;
    try {
      archive = WorldStateArchive.open(directory.resolve("state"));
    } catch (final RuntimeException e) {
      store.close();
      throw e;
    }
    try {
      final ChainStorage storage = new ChainStorage(store);
      initialise(storage, GenesisBlocks.create(genesis, archive));
      return new ChainDatabase(
          store, archive, ChainRecovery.recover(storage, archive), genesis.chainId());
    } catch (final RuntimeException e) {
      store.close();
      archive.close();
      throw e;
    }
  }

  private static void initialise(final ChainStorage storage, final BlockHeader genesis) {
    final var stored = storage.genesisHash();
    if (stored.isPresent()) {
      if (!stored.get().equals(genesis.hash())) {
        throw new StorageException(
            "data directory holds the chain of genesis "
                + stored.get()
                + ", not of the configured genesis "
                + genesis.hash());
      }
      return;
    }
    final Bytes32 hash = genesis.hash();
    try (ChainUpdate update = storage.startUpdate()) {
      update
          .putBlock(genesis, List.of(), List.of(), genesis.difficulty())
          .makeCanonical(genesis, List.of())
          .setGenesis(hash)
          .setHead(hash)
          .commit();
    }
  }

  /** The chain view. */
  public Blockchain blockchain() {
    return new Blockchain(storage);
  }

  /** Typed chain storage. */
  public ChainStorage storage() {
    return storage;
  }

  /**
   * The node's one transaction decoder for this chain: it remembers recent senders, so the pool,
   * the importer and the chain events recover each transaction's sender once between them.
   */
  public SignedTransactionDecoder transactionDecoder() {
    return transactionDecoder;
  }

  /**
   * Where this node's block assembler keeps its template's execution for its importer to commit
   * (share one per node between the two).
   */
  public ExecutedTemplates executedTemplates() {
    return executedTemplates;
  }

  /** The EVM state of every stored block. */
  public WorldStateArchive worldState() {
    return archive;
  }

  /** The key-value store, for modules keeping their own columns (the twin store). */
  public KeyValueStore keyValueStore() {
    return store;
  }

  /** How many blocks recovery rolled back when opening (0 after a clean shutdown). */
  public int rolledBackOnOpen() {
    return rolledBack;
  }

  @Override
  public void close() {
    executedTemplates.close();
    store.close();
    archive.close();
  }
}
