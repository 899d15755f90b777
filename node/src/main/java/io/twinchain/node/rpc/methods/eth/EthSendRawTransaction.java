/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.txpool.RejectionReason;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import org.apache.tuweni.bytes.Bytes;

/**
 * {@code eth_sendRawTransaction(envelope)}: hands a signed envelope to the transaction pool and
 * returns its hash; a refusal is a typed error (Besu's codes) with the pool's detail as data.
 */
public final class EthSendRawTransaction implements JsonRpcMethod {

  private final TransactionSink pool;

  public EthSendRawTransaction(final TransactionSink pool) {
    this.pool = pool;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.ETH_SEND_RAW_TRANSACTION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    final String text = params.string(0);
    final Bytes envelope = JsonRpcParams.parsed(0, () -> HexJson.parseData(text));
    return switch (pool.submit(envelope)) {
      case SubmitResult.Accepted accepted -> HexJson.data(accepted.hash());
      case SubmitResult.Rejected rejected ->
          throw new JsonRpcException(error(rejected.reason()), rejected.detail());
    };
  }

  static JsonRpcError error(final RejectionReason reason) {
    return switch (reason) {
      case INVALID -> JsonRpcError.TRANSACTION_INVALID;
      case ALREADY_KNOWN -> JsonRpcError.TRANSACTION_ALREADY_KNOWN;
      case REPLACEMENT_UNDERPRICED -> JsonRpcError.TRANSACTION_REPLACEMENT_UNDERPRICED;
      case NONCE_TOO_LOW -> JsonRpcError.NONCE_TOO_LOW;
      case NONCE_TOO_FAR_AHEAD -> JsonRpcError.NONCE_TOO_FAR_AHEAD;
      case INSUFFICIENT_BALANCE -> JsonRpcError.INSUFFICIENT_FUNDS;
      case FEE_TOO_LOW -> JsonRpcError.GAS_PRICE_TOO_LOW;
      case GAS_LIMIT_EXCEEDED -> JsonRpcError.EXCEEDS_BLOCK_GAS_LIMIT;
      case SENDER_NOT_PERMITTED -> JsonRpcError.SENDER_NOT_PERMITTED;
      case POOL_FULL -> JsonRpcError.TRANSACTION_POOL_FULL;
    };
  }
}
