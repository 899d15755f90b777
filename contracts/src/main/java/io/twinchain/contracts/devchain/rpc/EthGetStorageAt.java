/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.contracts.devchain.DevChain;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/** {@code eth_getStorageAt}: one storage slot of an account. */
final class EthGetStorageAt extends DevChainMethod {

  EthGetStorageAt(final DevChain chain) {
    super("eth_getStorageAt", chain);
  }

  @Override
  public JsonNode execute(final JsonNode params) throws DevRpcException {
    final Address account = RpcJson.addressParam(params, 0);
    final Bytes32 slot = RpcJson.word(RpcJson.param(params, 1).asText());
    return HexJson.data(
        StateReads.read(
            chain,
            RpcJson.blockNumber(params.path(2), chain),
            state -> state.storage(account, slot)));
  }
}
