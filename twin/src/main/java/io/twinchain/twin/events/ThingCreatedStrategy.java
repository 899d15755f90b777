/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.TwinModel;
import java.util.Optional;

/** {@link ThingCreated}: a new thing at revision 1. */
final class ThingCreatedStrategy implements EventStrategy<ThingCreated> {

  @Override
  public Thing apply(final Optional<Thing> thing, final ThingCreated event) {
    final EventMetadata metadata = event.metadata();
    return TwinModel.newThing(
        metadata.thingId(), event.gatewayId(), event.attributes(), metadata.timestamp());
  }
}
