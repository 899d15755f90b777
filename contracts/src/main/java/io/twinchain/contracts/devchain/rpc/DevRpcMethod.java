/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Ethereum JSON-RPC method answered from a {@link io.twinchain.contracts.devchain.DevChain}.
 */
public interface DevRpcMethod {

  /** The method name, e.g. {@code eth_call}. */
  String name();

  /**
   * The JSON result for {@code params}.
   *
   * @throws DevRpcException with the JSON-RPC error to return
   */
  JsonNode execute(JsonNode params) throws DevRpcException;
}
