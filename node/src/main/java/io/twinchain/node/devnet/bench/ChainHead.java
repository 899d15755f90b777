/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.node.devnet.DevnetHttp;
import java.util.Optional;

/**
 * A node's head block: number and timestamp (Unix seconds), read with {@code
 * eth_getBlockByNumber("latest")}.
 *
 * @param number the block number
 * @param timestamp its header timestamp
 */
record ChainHead(long number, long timestamp) {

  /** The head of the node serving JSON-RPC on {@code port}; empty if it does not answer. */
  static Optional<ChainHead> read(final DevnetHttp http, final int port) {
    return http.call(port, "eth_getBlockByNumber", "latest", false)
        .result()
        .filter(JsonNode::isObject)
        .map(
            block ->
                new ChainHead(
                    Long.decode(block.path("number").asText()),
                    Long.decode(block.path("timestamp").asText())));
  }
}
