/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.MalformedRlpException;
import io.twinchain.chain.types.Rlp;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPReader;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * RLP encoding of {@link BlockHeader}: a list of the fields in declaration order (parent hash,
 * number, timestamp, slot, miner, state root, transactions root, receipts root, logs bloom, gas
 * limit, gas used, reputation-snapshot root, difficulty, stake modifier, extra data, nonce).
 * Numbers are canonical RLP integers; the nonce is 8 bytes, as in Ethereum.
 */
public final class BlockHeaderRlp {

  private static final int NONCE_SIZE = 8;

  private BlockHeaderRlp() {}

  /** The RLP encoding of every field. */
  public static Bytes encode(final BlockHeader header) {
    return RLP.encodeList(
        writer -> {
          writeSealedFields(writer, header);
          writer.writeValue(Bytes.ofUnsignedLong(header.nonce()));
        });
  }

  /** The RLP encoding of every field but the nonce. */
  public static Bytes encodeWithoutNonce(final BlockHeader header) {
    return RLP.encodeList(writer -> writeSealedFields(writer, header));
  }

  /** Writes the header as one nested list into {@code writer}. */
  public static void writeTo(final RLPWriter writer, final BlockHeader header) {
    writer.writeRLP(encode(header));
  }

  private static void writeSealedFields(final RLPWriter writer, final BlockHeader header) {
    writer.writeValue(header.parentHash());
    writer.writeLong(header.number());
    writer.writeLong(header.timestamp());
    writer.writeLong(header.slot());
    writer.writeValue(Addresses.toBytes(header.miner()));
    writer.writeValue(header.stateRoot());
    writer.writeValue(header.transactionsRoot());
    writer.writeValue(header.receiptsRoot());
    writer.writeValue(header.logsBloom());
    writer.writeLong(header.gasLimit());
    writer.writeLong(header.gasUsed());
    writer.writeValue(header.reputationSnapshotRoot());
    writer.writeUInt256(header.difficulty());
    writer.writeValue(header.stakeModifier());
    writer.writeValue(header.extraData());
  }

  /**
   * Decodes a header.
   *
   * @throws io.twinchain.chain.types.MalformedRlpException if the bytes are not a header
   */
  public static BlockHeader decode(final Bytes encoded) {
    return Rlp.decodeList(encoded, "block header", BlockHeaderRlp::readFields);
  }

  /** Reads the fields of a header from a reader positioned inside the header's list. */
  static BlockHeader readFields(final RLPReader reader) {
    final BlockHeader header = readFieldsInOrder(reader);
    if (!reader.isComplete()) {
      throw new MalformedRlpException("block header: unexpected trailing fields");
    }
    return header;
  }

  private static BlockHeader readFieldsInOrder(final RLPReader reader) {
    return BlockHeader.builder()
        .parentHash(Rlp.readBytes32(reader, "parentHash"))
        .number(reader.readLong())
        .timestamp(reader.readLong())
        .slot(reader.readLong())
        .miner(Rlp.readAddress(reader, "miner"))
        .stateRoot(Rlp.readBytes32(reader, "stateRoot"))
        .transactionsRoot(Rlp.readBytes32(reader, "transactionsRoot"))
        .receiptsRoot(Rlp.readBytes32(reader, "receiptsRoot"))
        .logsBloom(Rlp.readFixed(reader, "logsBloom", BlockHeaderBuilder.LOGS_BLOOM_SIZE))
        .gasLimit(reader.readLong())
        .gasUsed(reader.readLong())
        .reputationSnapshotRoot(Rlp.readBytes32(reader, "reputationSnapshotRoot"))
        .difficulty(reader.readUInt256())
        .stakeModifier(Rlp.readBytes32(reader, "stakeModifier"))
        .extraData(reader.readValue())
        .nonce(Rlp.readFixed(reader, "nonce", NONCE_SIZE).toLong())
        .build();
  }
}
