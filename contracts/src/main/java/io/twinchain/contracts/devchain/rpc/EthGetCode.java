/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;
import org.web3j.abi.datatypes.Address;

/** {@code eth_getCode}: the code of an account. */
final class EthGetCode extends DevChainMethod {

  EthGetCode(final DevChain chain) {
    super("eth_getCode", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    return HexJson.data(
        StateReads.read(
            chain, RpcJson.blockNumber(params.path(1), chain), state -> state.code(account)));
  }
}
