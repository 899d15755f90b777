/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.json.BlockJson;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.query.MinedBlock;

/** The block object of both block getters: the shared shape plus what only the node stores. */
final class BlockResult {

  private BlockResult() {}

  static ObjectNode of(final MinedBlock block, final boolean full) {
    final ObjectNode json = BlockJson.of(block.header(), block.transactions(), full);
    json.set("totalDifficulty", HexJson.quantity(block.totalWork().toBigInteger()));
    json.set("size", HexJson.quantity(block.size()));
    return json;
  }
}
