/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.Database;
import io.horizen.evm.LevelDBDatabase;
import io.horizen.evm.LibEvmException;
import io.horizen.evm.MemoryDatabase;
import io.horizen.evm.StateDB;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Every committed world state, addressed by its root, in libevm's state database (go-ethereum's
 * Merkle-Patricia trie over LevelDB). States are never pruned, so switching the chain head to
 * another fork is switching the root. Open exactly one archive per data directory (LevelDB takes an
 * exclusive lock) and close it last, after every {@link MutableWorldState} it opened.
 */
public final class WorldStateArchive implements AutoCloseable {

  /** Root of the empty state trie. */
  public static final Bytes32 EMPTY_ROOT = EvmTypes.fromEvm(StateDB.EMPTY_ROOT_HASH);

  /** Bounds the memory of what the last commit knew; past it, the next block reads afresh. */
  private static final int MAX_KNOWN_ACCOUNTS = 100_000;

  private final Database database;
  private final AtomicReference<KnownState> lastCommitted =
      new AtomicReference<>(new KnownState(EMPTY_ROOT, Map.of()));

  private WorldStateArchive(final Database database) {
    this.database = database;
  }

  /** Opens (creating if needed) the LevelDB state database in {@code directory}. */
  public static WorldStateArchive open(final Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot create state directory " + directory, e);
    }
    return new WorldStateArchive(new LevelDBDatabase(directory.toString()));
  }

  /** A volatile archive in memory, for tools and tests that need no persistence. */
  public static WorldStateArchive inMemory() {
    return new WorldStateArchive(new MemoryDatabase());
  }

  /**
   * Opens the state at {@code root} for reading and writing; changes stay in memory until {@link
   * MutableWorldState#commit()}.
   *
   * @throws MissingStateException if no committed state has this root
   */
  public MutableWorldState open(final Bytes32 root) throws MissingStateException {
    try {
      final KnownState known = lastCommitted.get();
      return new MutableWorldState(
          new StateDB(database, EvmTypes.toEvm(root)),
          known.root().equals(root) ? known.accounts() : Map.of(),
          this::remember);
    } catch (final LibEvmException e) {
      throw new MissingStateException(root, e);
    }
  }

  /** Whether a committed state with this root exists. */
  public boolean contains(final Bytes32 root) {
    try (MutableWorldState ignored = open(root)) {
      return true;
    } catch (final MissingStateException e) {
      return false;
    }
  }

  private void remember(final Bytes32 root, final Map<Address, KnownAccount> accounts) {
    lastCommitted.set(
        new KnownState(
            root, accounts.size() <= MAX_KNOWN_ACCOUNTS ? Map.copyOf(accounts) : Map.of()));
  }

  /** Account fields known to hold in the committed state {@code root}. */
  private record KnownState(Bytes32 root, Map<Address, KnownAccount> accounts) {}

  @Override
  public void close() {
    database.close();
  }
}
