/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import java.util.concurrent.CompletableFuture;

/**
 * The twin store's command path as the offload loop needs it: merge properties into a feature, as a
 * durable event with its own revision. The gateway's {@code TwinIngestionService} is the
 * implementation ({@code twins::modifyFeatureProperties}).
 */
@FunctionalInterface
public interface TwinCommands {

  /** Merges {@code properties} into {@code featureId}; completes with the thing after it. */
  CompletableFuture<Thing> modifyFeatureProperties(
      ThingId thingId, FeatureId featureId, JsonObject properties);
}
