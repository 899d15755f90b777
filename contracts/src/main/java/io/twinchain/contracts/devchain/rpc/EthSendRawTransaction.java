/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.contracts.devchain.DevChain;
import java.util.Optional;

/**
 * {@code eth_sendRawTransaction}: decodes, verifies and executes a signed envelope into the pending
 * block; a refused transaction returns its typed reason and changes nothing.
 */
final class EthSendRawTransaction extends DevChainMethod {

  EthSendRawTransaction(final DevChain chain) {
    super("eth_sendRawTransaction", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    try {
      return HexJson.data(chain.submit(RpcJson.bytes(RpcJson.param(params, 0).asText())));
    } catch (InvalidTransactionException e) {
      throw new DevRpcException(
          DevRpcException.TRANSACTION_REFUSED, e.reason().toString(), Optional.empty());
    }
  }
}
