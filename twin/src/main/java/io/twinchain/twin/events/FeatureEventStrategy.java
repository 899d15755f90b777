/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.TwinModel;
import java.util.Optional;

/**
 * What the feature strategies share: find the feature (or start an empty one), change it, put it
 * back at the event's revision.
 *
 * @param <E> the feature event handled
 */
abstract class FeatureEventStrategy<E extends TwinEvent> implements EventStrategy<E> {

  /** The feature the event is about. */
  abstract FeatureId featureId(E event);

  /** The feature after the event. */
  abstract Feature change(Feature feature, E event);

  @Override
  public final Thing apply(final Optional<Thing> thing, final E event) {
    final Thing before = thing.orElseThrow();
    final FeatureId id = featureId(event);
    final Feature feature = before.feature(id).orElseGet(() -> TwinModel.emptyFeature(id));
    return before.withFeature(
        change(feature, event), event.metadata().revision(), event.metadata().timestamp());
  }
}
