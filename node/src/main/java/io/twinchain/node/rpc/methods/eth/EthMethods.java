/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.EthQueries;
import java.util.List;

/** The {@code eth_} namespace. */
public final class EthMethods implements ApiGroup {

  private final EthQueries eth;

  public EthMethods(final EthQueries eth) {
    this.eth = eth;
  }

  @Override
  public RpcApi api() {
    return RpcApi.ETH;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    final BlockchainQueries chain = eth.blockchain();
    return List.of(
        new EthChainId(eth.chain()),
        new EthBlockNumber(chain),
        new EthGetBalance(chain),
        new EthGetBlockByNumber(chain),
        new EthGetBlockByHash(chain),
        new EthGetTransactionByHash(chain, eth.pending()),
        new EthGetTransactionReceipt(chain),
        new EthGetTransactionCount(chain, eth.pool()),
        new EthGetCode(chain),
        new EthGetStorageAt(chain),
        new EthCall(chain),
        new EthEstimateGas(chain),
        new EthGasPrice(eth.minGasPrice()),
        new EthSendRawTransaction(eth.pool()),
        new EthGetLogs(chain, eth.maxLogBlockRange()),
        new EthGetProof(chain),
        new EthSyncing(eth.mining()),
        new EthMining(eth.mining()),
        new EthHashrate(eth.mining()),
        new EthSubscribe(eth.subscriptions()),
        new EthUnsubscribe(eth.subscriptions()));
  }
}
