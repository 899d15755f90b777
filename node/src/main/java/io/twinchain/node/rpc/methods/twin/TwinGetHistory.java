/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.EventJson;

/**
 * {@code twin_getHistory(thingId, fromRevision, toRevision)}: the retained events in that inclusive
 * range, oldest first, at most {@value #MAX_EVENTS} per call.
 */
public final class TwinGetHistory implements JsonRpcMethod {

  /** Most events one call returns. */
  public static final long MAX_EVENTS = 1000;

  private final TwinQueries twins;

  public TwinGetHistory(final TwinQueries twins) {
    this.twins = twins;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_GET_HISTORY;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(3);
    final ThingId thingId = TwinParams.thingId(params, 0);
    final long from = TwinParams.quantity(params, 1);
    final long to = TwinParams.quantity(params, 2);
    if (to < from || to - from >= MAX_EVENTS) {
      throw TwinParams.invalid(
          "need fromRevision <= toRevision and at most " + MAX_EVENTS + " revisions");
    }
    if (twins.twins().get(thingId).isEmpty()) {
      throw TwinParams.notFound(thingId);
    }
    final ArrayNode events = JsonNodeFactory.instance.arrayNode();
    for (final TwinEvent event : twins.twins().history(thingId, from, to)) {
      events.add(EventJson.toJson(event));
    }
    return events;
  }
}
