/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.transaction.Transaction;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * The block object of {@code eth_getBlockByNumber}/{@code ByHash}: Ethereum's header fields (our
 * extra header fields {@code slot}, {@code reputationSnapshotRoot}, {@code stakeModifier} added
 * under their own names) and the transactions as hashes or full objects.
 */
public final class BlockJson {

  private BlockJson() {}

  /**
   * The block object.
   *
   * @param header the block's header
   * @param transactions its transactions in order
   * @param full whether to embed transaction objects rather than hashes
   */
  public static ObjectNode of(
      final BlockHeader header, final List<Transaction> transactions, final boolean full) {
    final ObjectNode json = header(header);
    final ArrayNode array = json.putArray("transactions");
    for (int i = 0; i < transactions.size(); i++) {
      final Transaction transaction = transactions.get(i);
      array.add(
          full
              ? TransactionJson.of(
                  transaction, new TransactionJson.Position(header.hash(), header.number(), i))
              : HexJson.data(transaction.hash()));
    }
    return json;
  }

  /** The header fields, as in a {@code newHeads} notification. */
  public static ObjectNode header(final BlockHeader header) {
    final ObjectNode json = HexJson.NODES.objectNode();
    json.set("number", HexJson.quantity(header.number()));
    json.set("hash", HexJson.data(header.hash()));
    json.set("parentHash", HexJson.data(header.parentHash()));
    json.set("nonce", HexJson.data(Bytes.ofUnsignedLong(header.nonce())));
    json.set("sha3Uncles", HexJson.data(EMPTY_UNCLES));
    json.set("logsBloom", HexJson.data(header.logsBloom()));
    json.set("transactionsRoot", HexJson.data(header.transactionsRoot()));
    json.set("stateRoot", HexJson.data(header.stateRoot()));
    json.set("receiptsRoot", HexJson.data(header.receiptsRoot()));
    json.set("miner", HexJson.address(header.miner()));
    json.set("difficulty", HexJson.quantity(header.difficulty().toBigInteger()));
    json.set("extraData", HexJson.data(header.extraData()));
    json.set("gasLimit", HexJson.quantity(header.gasLimit()));
    json.set("gasUsed", HexJson.quantity(header.gasUsed()));
    json.set("timestamp", HexJson.quantity(header.timestamp()));
    json.set("mixHash", HexJson.data(header.stakeModifier()));
    json.set("baseFeePerGas", HexJson.quantity(0));
    json.set("slot", HexJson.quantity(header.slot()));
    json.set("reputationSnapshotRoot", HexJson.data(header.reputationSnapshotRoot()));
    json.set("stakeModifier", HexJson.data(header.stakeModifier()));
    json.putArray("uncles");
    return json;
  }

  /** Keccak-256 of the RLP of an empty list: no block has uncles. */
  private static final Bytes EMPTY_UNCLES =
      Bytes.fromHexString("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a74413f0a142fd40d4934");
}
