/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Keccak256;
import java.util.Objects;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * An immutable block header. Build one with {@link #builder()} or {@link #toBuilder()}; encode and
 * decode with {@link BlockHeaderRlp}. The block hash is the Keccak-256 of the RLP encoding of every
 * field; the {@linkplain #sealingHash() sealing hash} leaves the nonce out, so a miner can search
 * nonces over a fixed pre-image.
 */
public final class BlockHeader {

  private final BlockHeaderBuilder fields;
  private volatile Bytes32 hash;

  BlockHeader(final BlockHeaderBuilder fields) {
    this.fields = fields.copy();
  }

  /** A builder with every field at its zero value. */
  public static BlockHeaderBuilder builder() {
    return new BlockHeaderBuilder();
  }

  /** A builder holding this header's fields, to derive a modified header. */
  public BlockHeaderBuilder toBuilder() {
    return fields.copy();
  }

  /** Hash of the parent block. */
  public Bytes32 parentHash() {
    return fields.parentHash;
  }

  /** Height; genesis is 0. */
  public long number() {
    return fields.number;
  }

  /** Unix time in seconds. */
  public long timestamp() {
    return fields.timestamp;
  }

  /** The consensus time slot the block was produced in. */
  public long slot() {
    return fields.slot;
  }

  /** The AP that mined the block; receives the fees. */
  public Address miner() {
    return fields.miner;
  }

  /** Root of the world state after executing the block. */
  public Bytes32 stateRoot() {
    return fields.stateRoot;
  }

  /** Ordered-trie root of the block's transaction envelopes. */
  public Bytes32 transactionsRoot() {
    return fields.transactionsRoot;
  }

  /** Ordered-trie root of the block's receipts. */
  public Bytes32 receiptsRoot() {
    return fields.receiptsRoot;
  }

  /** 256-byte bloom filter over the addresses and topics of the block's logs. */
  public Bytes logsBloom() {
    return fields.logsBloom;
  }

  /** Most gas the block's transactions may use together. */
  public long gasLimit() {
    return fields.gasLimit;
  }

  /** Gas used by the block's transactions together. */
  public long gasUsed() {
    return fields.gasUsed;
  }

  /** Root of the reputation snapshot the miner's difficulty was computed from. */
  public Bytes32 reputationSnapshotRoot() {
    return fields.reputationSnapshotRoot;
  }

  /** The difficulty δ the miner claims; the block's weight in the cumulative work. */
  public UInt256 difficulty() {
    return fields.difficulty;
  }

  /** Stake modifier mixed into the PoW pre-image against grinding. */
  public Bytes32 stakeModifier() {
    return fields.stakeModifier;
  }

  /** Free-form bytes chosen by the miner; bounded by the header rules. */
  public Bytes extraData() {
    return fields.extraData;
  }

  /** The PoW nonce, encoded as 8 bytes big-endian. */
  public long nonce() {
    return fields.nonce;
  }

  /** Keccak-256 of the full RLP encoding: the block hash. */
  public Bytes32 hash() {
    Bytes32 cached = hash;
    if (cached == null) {
      cached = Keccak256.hash(BlockHeaderRlp.encode(this));
      hash = cached;
    }
    return cached;
  }

  /** Keccak-256 of the RLP encoding without the nonce: the pre-image a miner seals. */
  public Bytes32 sealingHash() {
    return Keccak256.hash(BlockHeaderRlp.encodeWithoutNonce(this));
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof BlockHeader that && hash().equals(that.hash());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(hash());
  }

  @Override
  public String toString() {
    return "BlockHeader[#" + number() + " " + hash().toHexString() + "]";
  }
}
