/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import io.twinchain.chain.types.Rlp;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPReader;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * RLP of blocks and bodies. A body is a list of the signed envelopes, each as an RLP byte string
 * (so legacy and typed envelopes are framed alike); a block is {@code [header, body]}.
 */
public final class BlockRlp {

  private BlockRlp() {}

  /** The RLP of {@code block}. */
  public static Bytes encode(final Block block) {
    return encode(block.header(), block.body().envelopes());
  }

  /** The RLP of a block given its header and envelopes. */
  public static Bytes encode(final BlockHeader header, final List<Bytes> envelopes) {
    return RLP.encodeList(
        writer -> {
          BlockHeaderRlp.writeTo(writer, header);
          writer.writeList(envelopes, RLPWriter::writeValue);
        });
  }

  /**
   * Decodes a block, leaving its transactions as envelopes.
   *
   * @throws io.twinchain.chain.types.MalformedRlpException if the bytes are not a block
   */
  public static EncodedBlock decode(final Bytes encoded) {
    return Rlp.decodeList(
        encoded,
        "block",
        reader ->
            new EncodedBlock(
                reader.readList(BlockHeaderRlp::readFields),
                reader.readListContents(RLPReader::readValue)));
  }

  /** The RLP of a body's envelopes. */
  public static Bytes encodeBody(final List<Bytes> envelopes) {
    return RLP.encodeList(envelopes, RLPWriter::writeValue);
  }

  /**
   * Decodes a body's envelopes.
   *
   * @throws io.twinchain.chain.types.MalformedRlpException if the bytes are not a body
   */
  public static List<Bytes> decodeBody(final Bytes encoded) {
    return Rlp.decodeList(encoded, "block body", Rlp::readRemainingValues);
  }
}
