/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.rep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.query.ReputationQueries;
import org.web3j.abi.datatypes.Address;

/**
 * {@code rep_getHistory(address, fromSlot, toSlot)}: the AP's reputation at the start of each slot
 * of the range, as the head's registry state records it; at most {@link #MAX_SLOTS} slots.
 */
public final class RepGetHistory implements JsonRpcMethod {

  /** Most slots one request may span. */
  public static final long MAX_SLOTS = 1024;

  private final ReputationQueries reputations;

  public RepGetHistory(final ReputationQueries reputations) {
    this.reputations = reputations;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.REP_GET_HISTORY;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(3);
    final Address ap = params.address(0);
    final String fromText = params.string(1);
    final String toText = params.string(2);
    final long from = JsonRpcParams.parsed(1, () -> HexJson.parseLong(fromText));
    final long to = JsonRpcParams.parsed(2, () -> HexJson.parseLong(toText));
    if (from > to) {
      throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, "fromSlot is after toSlot");
    }
    if (to - from >= MAX_SLOTS) {
      throw new JsonRpcException(
          JsonRpcError.EXCEEDS_SLOT_RANGE,
          (to - from + 1) + " slots requested, at most " + MAX_SLOTS);
    }
    final ArrayNode history = HexJson.NODES.arrayNode();
    reputations.history(ap, from, to).forEach(entry -> history.add(ReputationJson.of(entry)));
    return history;
  }
}
