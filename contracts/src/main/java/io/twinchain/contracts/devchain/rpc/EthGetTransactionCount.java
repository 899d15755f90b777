/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;
import org.web3j.abi.datatypes.Address;

/**
 * {@code eth_getTransactionCount}: the account nonce, counting pending transactions for the
 * "pending" tag.
 */
final class EthGetTransactionCount extends DevChainMethod {

  EthGetTransactionCount(final DevChain chain) {
    super("eth_getTransactionCount", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    final JsonNode tag = params.path(1);
    final long nonce =
        RpcJson.isPending(tag)
            ? chain.readPendingState(state -> state.nonce(account))
            : StateReads.read(
                chain, RpcJson.blockNumber(tag, chain), state -> state.nonce(account));
    return HexJson.quantity(nonce);
  }
}
