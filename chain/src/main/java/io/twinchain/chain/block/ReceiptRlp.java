/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.MalformedRlpException;
import io.twinchain.chain.types.Rlp;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPReader;
import org.apache.tuweni.rlp.RLPWriter;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * Ethereum's receipt encoding: {@code rlp([status, cumulativeGasUsed, logsBloom, logs])} with each
 * log {@code [address, [topics], data]}, prefixed by the type byte for typed transactions
 * (EIP-2718). These bytes are the leaves of the receipts trie.
 */
public final class ReceiptRlp {

  private ReceiptRlp() {}

  /** The envelope of {@code receipt}. */
  public static Bytes encode(final Receipt receipt) {
    final Bytes payload =
        RLP.encodeList(
            writer -> {
              writer.writeLong(receipt.success() ? 1 : 0);
              writer.writeLong(receipt.cumulativeGasUsed());
              writer.writeValue(receipt.logsBloom());
              writer.writeList(receipt.logs(), ReceiptRlp::writeLog);
            });
    return receipt.type().isLegacy()
        ? payload
        : Bytes.concatenate(Bytes.of(receipt.type().getRlpType()), payload);
  }

  /**
   * Decodes a receipt envelope.
   *
   * @throws MalformedRlpException if the bytes are not a receipt
   */
  public static Receipt decode(final Bytes envelope) {
    if (envelope.isEmpty()) {
      throw new MalformedRlpException("receipt: empty");
    }
    final boolean typed = (envelope.get(0) & 0xff) < 0xc0;
    final TransactionType type = typed ? typeOf(envelope.get(0)) : TransactionType.LEGACY;
    return Rlp.decodeList(
        typed ? envelope.slice(1) : envelope, "receipt", reader -> readReceipt(reader, type));
  }

  private static TransactionType typeOf(final byte typeByte) {
    for (final TransactionType type : TransactionType.values()) {
      if (!type.isLegacy() && type.getRlpType() == typeByte) {
        return type;
      }
    }
    throw new MalformedRlpException("receipt: unknown type " + typeByte);
  }

  private static Receipt readReceipt(final RLPReader reader, final TransactionType type) {
    final boolean success = reader.readLong() == 1;
    final long cumulativeGas = reader.readLong();
    final Bytes bloom = Rlp.readFixed(reader, "logsBloom", BlockHeaderBuilder.LOGS_BLOOM_SIZE);
    final List<Log> logs = reader.readListContents(ReceiptRlp::readLog);
    return new Receipt(type, success, cumulativeGas, bloom, logs);
  }

  private static void writeLog(final RLPWriter writer, final Log log) {
    writer.writeList(
        logWriter -> {
          logWriter.writeValue(Addresses.toBytes(log.address()));
          logWriter.writeList(log.topics(), RLPWriter::writeValue);
          logWriter.writeValue(log.data());
        });
  }

  private static Log readLog(final RLPReader reader) {
    return reader.readList(
        fields ->
            new Log(
                Rlp.readAddress(fields, "log address"),
                fields.readListContents(topics -> Rlp.readBytes32(topics, "topic")),
                fields.readValue()));
  }
}
