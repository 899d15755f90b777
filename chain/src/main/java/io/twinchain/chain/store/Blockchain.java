/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainTip;
import io.twinchain.chain.block.ChainView;
import io.twinchain.chain.storage.StorageException;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * {@link ChainView} over {@link ChainStorage}: every answer is read from what is committed, so it
 * is never ahead of the disk, and a reader never sees a half-imported block.
 */
public final class Blockchain implements ChainView {

  private final ChainStorage storage;

  /** A view of an initialised chain in {@code storage}. */
  public Blockchain(final ChainStorage storage) {
    this.storage = storage;
  }

  /** The underlying storage. */
  public ChainStorage storage() {
    return storage;
  }

  @Override
  public BlockHeader head() {
    return require(storage.headHash().flatMap(storage::header), "head");
  }

  @Override
  public BlockHeader genesis() {
    return require(storage.genesisHash().flatMap(storage::header), "genesis");
  }

  /** The head with its cumulative work, as fork choice compares it. */
  public ChainTip headTip() {
    final BlockHeader head = head();
    return new ChainTip(head, require(storage.totalWork(head.hash()), "head total work"));
  }

  @Override
  public Optional<BlockHeader> header(final Bytes32 hash) {
    return storage.header(hash);
  }

  @Override
  public Optional<BlockHeader> canonicalHeader(final long number) {
    return storage.canonicalHash(number).flatMap(storage::header);
  }

  @Override
  public Optional<UInt256> totalWork(final Bytes32 hash) {
    return storage.totalWork(hash);
  }

  private static <T> T require(final Optional<T> value, final String what) {
    return value.orElseThrow(
        () -> new StorageException("chain not initialised or corrupt: no " + what));
  }
}
