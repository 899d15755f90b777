/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.twin.operator.AuthorizationResult;
import io.twinchain.node.twin.operator.SetDesiredMessage;
import io.twinchain.twin.events.CommandRejection;
import io.twinchain.twin.ingest.CommandRejectedException;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.ThingJson;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code twin_setDesired(thingId, feature, properties, {nonce, expires, signature})}: merges
 * desired properties (JSON merge patch) once an operator's EIP-191 signature over {@link
 * SetDesiredMessage} checks out; returns the twin after the change, which the device receives as a
 * delta.
 */
public final class TwinSetDesired implements JsonRpcMethod {

  private static final long TIMEOUT_SECONDS = 10;

  private final TwinQueries twins;

  public TwinSetDesired(final TwinQueries twins) {
    this.twins = twins;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_SET_DESIRED;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(4);
    final ThingId thingId = TwinParams.thingId(params, 0);
    final FeatureId feature = feature(params.string(1));
    final JsonNode properties = params.optional(2).orElse(null);
    if (properties == null || !properties.isObject()) {
      throw TwinParams.invalid("parameter 2 (properties) must be an object");
    }
    final ObjectNode auth = TwinParams.options(params, 3);
    if (!auth.path("signature").isTextual()) {
      throw TwinParams.invalid("parameter 3 needs nonce, expires and signature");
    }
    final SetDesiredMessage message =
        new SetDesiredMessage(
            twins.chainId(),
            thingId.toString(),
            feature.value(),
            properties,
            TwinParams.quantity(auth.path("nonce"), "nonce"),
            TwinParams.quantity(auth.path("expires"), "expires"));
    if (twins.authorize(message, auth.get("signature").textValue())
        instanceof AuthorizationResult.Refused refused) {
      throw new JsonRpcException(
          JsonRpcError.TWIN_NOT_AUTHORIZED, refused.reason() + ": " + refused.detail());
    }
    return ThingJson.toJson(apply(thingId, feature, JsonObject.of((ObjectNode) properties)));
  }

  private io.twinchain.twin.model.Thing apply(
      final ThingId thingId, final FeatureId feature, final JsonObject properties)
      throws JsonRpcException {
    try {
      return twins.setDesired(thingId, feature, properties).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CommandRejectedException rejected) {
        final CommandRejection why = rejected.rejection();
        throw why.reason() == CommandRejection.Reason.THING_NOT_FOUND
            ? TwinParams.notFound(thingId)
            : new JsonRpcException(
                JsonRpcError.TWIN_COMMAND_REJECTED,
                why.reason() + " " + why.field() + ": " + why.detail());
      }
      throw new IllegalStateException("twin store failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("twin writer did not answer in " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static FeatureId feature(final String value) throws JsonRpcException {
    try {
      return new FeatureId(value);
    } catch (InvalidIdentifierException e) {
      throw TwinParams.invalid("parameter 1: " + e.getMessage());
    }
  }
}
