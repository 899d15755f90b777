/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.RevisionPrunedException;
import io.twinchain.twin.store.ThingJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code twin_get(thingId, {fields?, atRevision?, atTimestamp?})}: the twin now, at a revision, or
 * as it was at a time (ISO-8601 or epoch milliseconds), optionally cut to some fields ({@code
 * "features/telemetry/properties"}).
 */
public final class TwinGet implements JsonRpcMethod {

  private final TwinQueries twins;

  public TwinGet(final TwinQueries twins) {
    this.twins = twins;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_GET;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final ThingId thingId = TwinParams.thingId(params, 0);
    final ObjectNode options = TwinParams.options(params, 1);
    final Thing thing = read(thingId, options).orElseThrow(() -> TwinParams.notFound(thingId));
    final ObjectNode json = ThingJson.toJson(thing);
    return options.has("fields") ? TwinFields.select(json, options.get("fields")) : json;
  }

  private Optional<Thing> read(final ThingId thingId, final ObjectNode options)
      throws JsonRpcException {
    if (options.has("atRevision") && options.has("atTimestamp")) {
      throw TwinParams.invalid("give atRevision or atTimestamp, not both");
    }
    try {
      if (options.has("atRevision")) {
        return twins
            .twins()
            .getAtRevision(thingId, TwinParams.quantity(options.get("atRevision"), "atRevision"));
      }
      if (options.has("atTimestamp")) {
        return twins.twins().getAtTimestamp(thingId, timestamp(options.get("atTimestamp")));
      }
      return twins.twins().get(thingId);
    } catch (RevisionPrunedException e) {
      throw TwinParams.pruned(e);
    }
  }

  private static Instant timestamp(final JsonNode node) throws JsonRpcException {
    if (node.isIntegralNumber()) {
      return Instant.ofEpochMilli(node.asLong());
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw TwinParams.invalid("atTimestamp must be ISO-8601 or epoch milliseconds");
    }
  }
}
