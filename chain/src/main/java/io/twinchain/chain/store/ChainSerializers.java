/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderRlp;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.block.ReceiptRlp;
import io.twinchain.chain.storage.Serializer;
import io.twinchain.chain.storage.Serializers;
import io.twinchain.chain.storage.StorageException;
import io.twinchain.chain.types.MalformedRlpException;
import io.twinchain.chain.types.Rlp;
import java.util.List;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;

/** Serializers of the ledger's stored values; all are the RLP encodings of the types. */
public final class ChainSerializers {

  /** Headers as their RLP. */
  public static final Serializer<BlockHeader> HEADER =
      rlp(BlockHeaderRlp::encode, BlockHeaderRlp::decode);

  /** Bodies as the RLP list of their signed envelopes. */
  public static final Serializer<List<Bytes>> BODY =
      rlp(BlockRlp::encodeBody, BlockRlp::decodeBody);

  /** A block's receipts as an RLP list of receipt envelopes. */
  public static final Serializer<List<Receipt>> RECEIPTS =
      rlp(
          receipts ->
              RLP.encodeList(
                  receipts.stream().map(ReceiptRlp::encode).toList(), (w, r) -> w.writeValue(r)),
          bytes ->
              Rlp.decodeList(bytes, "receipts", Rlp::readRemainingValues).stream()
                  .map(ReceiptRlp::decode)
                  .toList());

  /** Transaction locations as {@code [blockHash, index]}. */
  public static final Serializer<TransactionLocation> LOCATION =
      rlp(
          location ->
              RLP.encodeList(
                  writer -> {
                    writer.writeValue(location.blockHash());
                    writer.writeInt(location.index());
                  }),
          bytes ->
              Rlp.decodeList(
                  bytes,
                  "transaction location",
                  reader ->
                      new TransactionLocation(
                          Rlp.readBytes32(reader, "blockHash"), reader.readInt())));

  /** Block hashes. */
  public static final Serializer<Bytes32> HASH = Serializers.BYTES32;

  private ChainSerializers() {}

  private static <T> Serializer<T> rlp(
      final Function<T, Bytes> encode, final Function<Bytes, T> decode) {
    return new Serializer<>() {
      @Override
      public byte[] toBytes(final T value) {
        return encode.apply(value).toArrayUnsafe();
      }

      @Override
      public T fromBytes(final byte[] bytes) {
        try {
          return decode.apply(Bytes.wrap(bytes));
        } catch (final MalformedRlpException e) {
          throw new StorageException("corrupt stored value: " + e.getMessage(), e);
        }
      }
    };
  }
}
