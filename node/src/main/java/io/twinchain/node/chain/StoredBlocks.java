/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** Reads stored blocks back: as {@link Block}s for listeners, as RLP for peers. */
final class StoredBlocks {

  private final Blockchain chain;
  private final TransactionBatchDecoder decoder;

  StoredBlocks(final Blockchain chain, final SignedTransactionDecoder decoder) {
    this.chain = chain;
    this.decoder = new TransactionBatchDecoder(decoder);
  }

  /** The stored block of {@code header}, its transactions decoded with senders. */
  Block block(final BlockHeader header) {
    try {
      return new Block(header, new BlockBody(decoder.decodeAll(envelopes(header))));
    } catch (final InvalidTransactionException e) {
      throw new IllegalStateException(
          "stored block " + header.number() + " holds an invalid transaction: " + e.reason(), e);
    }
  }

  /** The RLP of the canonical block at {@code number}, if there is one. */
  Optional<Bytes> canonicalEncoded(final long number) {
    return chain.canonicalHeader(number).map(h -> BlockRlp.encode(h, envelopes(h)));
  }

  private List<Bytes> envelopes(final BlockHeader header) {
    return chain
        .storage()
        .body(header.hash())
        .orElseThrow(
            () -> new IllegalStateException("stored block " + header.number() + " has no body"));
  }
}
