/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import io.twinchain.node.twin.anchor.AnchorProof;
import io.twinchain.node.twin.operator.AuthorizationResult;
import io.twinchain.node.twin.operator.SetDesiredMessage;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What the {@code twin_} methods read and do on a gateway node. */
public interface TwinQueries {

  /** The twin store's read side. */
  TwinStore twins();

  /** The chain id operator signatures are bound to. */
  long chainId();

  /** Checks an operator's signature over a {@code twin_setDesired} request. */
  AuthorizationResult authorize(SetDesiredMessage message, String signature);

  /** Merges a desired-properties patch; completes once durable and published to the device. */
  CompletableFuture<Thing> setDesired(ThingId thingId, FeatureId feature, JsonObject properties);

  /** Calls {@code listener} after every durable batch of twin changes (on the writer thread). */
  void onCommitted(Consumer<TwinWriteBatch> listener);

  /** The anchor proof of a twin revision, if that revision was anchored. */
  Optional<AnchorProof> proof(ThingId thingId, long revision);
}
