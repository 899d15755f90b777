/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.contracts.devchain.DevChain;
import org.web3j.abi.datatypes.Address;

/** {@code eth_getBalance}: an account balance in wei. */
final class EthGetBalance implements DevRpcMethod {

  private final DevChain chain;

  EthGetBalance(final DevChain chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getBalance";
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    return RpcJson.quantity(
        StateReads.read(
            chain, RpcJson.blockNumber(params.path(1), chain), state -> state.balance(account)));
  }
}
