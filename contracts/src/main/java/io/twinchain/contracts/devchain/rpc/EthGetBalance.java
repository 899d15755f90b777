/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;
import org.web3j.abi.datatypes.Address;

/** {@code eth_getBalance}: an account balance in wei. */
final class EthGetBalance extends DevChainMethod {

  EthGetBalance(final DevChain chain) {
    super("eth_getBalance", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    return HexJson.quantity(
        StateReads.read(
            chain, RpcJson.blockNumber(params.path(1), chain), state -> state.balance(account)));
  }
}
