/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Addresses;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/** Mutable builder of an immutable {@link BlockHeader}; every field starts at its zero value. */
public final class BlockHeaderBuilder {

  /** Size of the logs bloom in bytes. */
  public static final int LOGS_BLOOM_SIZE = 256;

  Bytes32 parentHash = Bytes32.ZERO;
  long number;
  long timestamp;
  long slot;
  Address miner = Addresses.ZERO;
  Bytes32 stateRoot = Bytes32.ZERO;
  Bytes32 transactionsRoot = Bytes32.ZERO;
  Bytes32 receiptsRoot = Bytes32.ZERO;
  Bytes logsBloom = Bytes.wrap(new byte[LOGS_BLOOM_SIZE]);
  long gasLimit;
  long gasUsed;
  Bytes32 reputationSnapshotRoot = Bytes32.ZERO;
  UInt256 difficulty = UInt256.ZERO;
  Bytes32 stakeModifier = Bytes32.ZERO;
  Bytes extraData = Bytes.EMPTY;
  long nonce;

  BlockHeaderBuilder() {}

  BlockHeaderBuilder copy() {
    final BlockHeaderBuilder copy = new BlockHeaderBuilder();
    copy.parentHash = parentHash;
    copy.number = number;
    copy.timestamp = timestamp;
    copy.slot = slot;
    copy.miner = miner;
    copy.stateRoot = stateRoot;
    copy.transactionsRoot = transactionsRoot;
    copy.receiptsRoot = receiptsRoot;
    copy.logsBloom = logsBloom;
    copy.gasLimit = gasLimit;
    copy.gasUsed = gasUsed;
    copy.reputationSnapshotRoot = reputationSnapshotRoot;
    copy.difficulty = difficulty;
    copy.stakeModifier = stakeModifier;
    copy.extraData = extraData;
    copy.nonce = nonce;
    return copy;
  }

  /** Sets {@link BlockHeader#parentHash()}. */
  public BlockHeaderBuilder parentHash(final Bytes32 value) {
    parentHash = value;
    return this;
  }

  /** Sets {@link BlockHeader#number()}. */
  public BlockHeaderBuilder number(final long value) {
    number = value;
    return this;
  }

  /** Sets {@link BlockHeader#timestamp()}. */
  public BlockHeaderBuilder timestamp(final long value) {
    timestamp = value;
    return this;
  }

  /** Sets {@link BlockHeader#slot()}. */
  public BlockHeaderBuilder slot(final long value) {
    slot = value;
    return this;
  }

  /** Sets {@link BlockHeader#miner()}. */
  public BlockHeaderBuilder miner(final Address value) {
    miner = value;
    return this;
  }

  /** Sets {@link BlockHeader#stateRoot()}. */
  public BlockHeaderBuilder stateRoot(final Bytes32 value) {
    stateRoot = value;
    return this;
  }

  /** Sets {@link BlockHeader#transactionsRoot()}. */
  public BlockHeaderBuilder transactionsRoot(final Bytes32 value) {
    transactionsRoot = value;
    return this;
  }

  /** Sets {@link BlockHeader#receiptsRoot()}. */
  public BlockHeaderBuilder receiptsRoot(final Bytes32 value) {
    receiptsRoot = value;
    return this;
  }

  /** Sets {@link BlockHeader#logsBloom()}; must be 256 bytes. */
  public BlockHeaderBuilder logsBloom(final Bytes value) {
    if (value.size() != LOGS_BLOOM_SIZE) {
      throw new IllegalArgumentException("logs bloom must be 256 bytes, got " + value.size());
    }
    logsBloom = value;
    return this;
  }

  /** Sets {@link BlockHeader#gasLimit()}. */
  public BlockHeaderBuilder gasLimit(final long value) {
    gasLimit = value;
    return this;
  }

  /** Sets {@link BlockHeader#gasUsed()}. */
  public BlockHeaderBuilder gasUsed(final long value) {
    gasUsed = value;
    return this;
  }

  /** Sets {@link BlockHeader#reputationSnapshotRoot()}. */
  public BlockHeaderBuilder reputationSnapshotRoot(final Bytes32 value) {
    reputationSnapshotRoot = value;
    return this;
  }

  /** Sets {@link BlockHeader#difficulty()}. */
  public BlockHeaderBuilder difficulty(final UInt256 value) {
    difficulty = value;
    return this;
  }

  /** Sets {@link BlockHeader#stakeModifier()}. */
  public BlockHeaderBuilder stakeModifier(final Bytes32 value) {
    stakeModifier = value;
    return this;
  }

  /** Sets {@link BlockHeader#extraData()}. */
  public BlockHeaderBuilder extraData(final Bytes value) {
    extraData = value;
    return this;
  }

  /** Sets {@link BlockHeader#nonce()}. */
  public BlockHeaderBuilder nonce(final long value) {
    nonce = value;
    return this;
  }

  /** The immutable header. */
  public BlockHeader build() {
    return new BlockHeader(this);
  }
}
