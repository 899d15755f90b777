/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.dnn;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.offload.gateway.LatencyParts;
import io.twinchain.node.offload.gateway.PartitionHistory;
import io.twinchain.node.offload.gateway.PartitionRecord;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.ThingId;
import java.util.regex.Pattern;

/**
 * {@code dnn_getPartition(thingId, slot)}: the partition a twin's DNN ran with in a slot (model,
 * cut l_n(t), AP, D_n(t), bytes sent, measured latency parts), from this gateway's bounded history;
 * {@code null} if the twin was not classified in that slot or the slot is no longer kept. The slot
 * is a hex quantity, as block numbers are.
 */
public final class DnnGetPartition implements JsonRpcMethod {

  private static final Pattern QUANTITY = Pattern.compile("0x(0|[1-9a-f][0-9a-f]{0,14})");

  private final PartitionHistory history;

  public DnnGetPartition(final PartitionHistory history) {
    this.history = history;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.DNN_GET_PARTITION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(2);
    final ThingId thingId = thingId(params.string(0));
    final String slot = params.string(1);
    if (!QUANTITY.matcher(slot).matches()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "slot must be a hex quantity such as 0x1f");
    }
    return history
        .lookup(thingId, Long.parseLong(slot.substring(2), 16))
        .<Object>map(entry -> toJson(thingId, entry))
        .orElse(NullNode.getInstance());
  }

  private static ThingId thingId(final String value) throws JsonRpcException {
    try {
      return ThingId.of(value);
    } catch (final InvalidIdentifierException e) {
      throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, e.getMessage());
    }
  }

  private static ObjectNode toJson(final ThingId thingId, final PartitionRecord entry) {
    final ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("thingId", thingId.toString());
    out.put("slot", Quantity.of(entry.slot()));
    out.put("model", entry.assignment().modelId());
    out.put("cut", entry.assignment().cut());
    out.put("ap", entry.assignment().ap().toString());
    out.put("samples", entry.samples());
    out.put("cutBytes", entry.cutBytes());
    final LatencyParts latency = entry.latency();
    final ObjectNode millis = out.putObject("latencyMs");
    millis.put("head", latency.headNanos() / 1e6);
    millis.put("transfer", latency.transferNanos() / 1e6);
    millis.put("tail", latency.tailNanos() / 1e6);
    millis.put("total", latency.totalNanos() / 1e6);
    return out;
  }
}
