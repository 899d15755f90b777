/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import java.math.BigInteger;

/**
 * {@code eth_gasPrice}: the gas price a transaction needs. The base fee is always 0
 * (A-CHAIN-ZERO-BASEFEE), so this is the node's minimum gas price.
 */
public final class EthGasPrice implements JsonRpcMethod {

  private final BigInteger minGasPrice;

  public EthGasPrice(final BigInteger minGasPrice) {
    this.minGasPrice = minGasPrice;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_GAS_PRICE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    return HexJson.quantity(minGasPrice);
  }
}
