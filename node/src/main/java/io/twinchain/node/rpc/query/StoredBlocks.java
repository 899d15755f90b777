/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.json.TransactionJson;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainStorage;
import io.twinchain.chain.store.TransactionLocation;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** Stored blocks with their transactions decoded, as JSON-RPC shows them. */
final class StoredBlocks {

  /** A canonical transaction's block and index. */
  record Location(MinedBlock block, int index) {}

  private final Blockchain blockchain;
  private final TransactionBatchDecoder decoder;

  StoredBlocks(final Blockchain blockchain, final SignedTransactionDecoder decoder) {
    this.blockchain = blockchain;
    this.decoder = new TransactionBatchDecoder(decoder);
  }

  Optional<MinedBlock> block(final Bytes32 hash) {
    final ChainStorage storage = blockchain.storage();
    final Optional<BlockHeader> header = storage.header(hash);
    final Optional<List<Bytes>> body = storage.body(hash);
    final Optional<List<Receipt>> receipts = storage.receipts(hash);
    if (header.isEmpty() || body.isEmpty() || receipts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MinedBlock(
            header.get(),
            decode(hash, body.get()),
            receipts.get(),
            storage.totalWork(hash).orElseThrow(),
            BlockRlp.encode(header.get(), body.get()).size()));
  }

  Optional<Location> location(final Bytes32 transactionHash) {
    final Optional<TransactionLocation> location =
        blockchain.storage().transactionLocation(transactionHash);
    return location.flatMap(
        at -> block(at.blockHash()).map(block -> new Location(block, at.index())));
  }

  MinedTransaction transaction(final Location location) {
    final BlockHeader header = location.block().header();
    return new MinedTransaction(
        location.block().transactions().get(location.index()),
        new TransactionJson.Position(header.hash(), header.number(), location.index()));
  }

  private List<Transaction> decode(final Bytes32 hash, final List<Bytes> envelopes) {
    try {
      return decoder.decodeAll(envelopes);
    } catch (InvalidTransactionException e) {
      throw new IllegalStateException("stored block " + hash + " holds an invalid transaction", e);
    }
  }
}
