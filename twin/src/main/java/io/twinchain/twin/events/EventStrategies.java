/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import java.util.Optional;

/**
 * Applies any twin event through its strategy, after checking that it is the next revision of the
 * thing, and moves the delta version when (and only when) the delta's content changed.
 */
public final class EventStrategies {

  private static final ThingCreatedStrategy CREATED = new ThingCreatedStrategy();
  private static final AttributesModifiedStrategy ATTRIBUTES = new AttributesModifiedStrategy();
  private static final FeaturePropertiesModifiedStrategy PROPERTIES =
      new FeaturePropertiesModifiedStrategy();
  private static final FeatureDesiredPropertiesModifiedStrategy DESIRED =
      new FeatureDesiredPropertiesModifiedStrategy();

  private EventStrategies() {}

  /**
   * The thing after {@code event}.
   *
   * @throws EventOutOfOrderException if the event is not the thing's next revision
   */
  public static Thing apply(final Optional<Thing> thing, final TwinEvent event) {
    final long expected = thing.map(Thing::revision).orElse(0L) + 1;
    if (event.metadata().revision() != expected
        || (thing.isPresent() && !thing.get().thingId().equals(event.metadata().thingId()))) {
      throw new EventOutOfOrderException(event.metadata(), expected);
    }
    final Thing after =
        switch (event) {
          case ThingCreated created -> CREATED.apply(thing, created);
          case AttributesModified modified -> ATTRIBUTES.apply(thing, modified);
          case FeaturePropertiesModified modified -> PROPERTIES.apply(thing, modified);
          case FeatureDesiredPropertiesModified modified -> DESIRED.apply(thing, modified);
        };
    return thing
        .filter(before -> deltaChanged(before, after, event))
        .map(before -> after.withDeltaVersion(before.deltaVersion() + 1))
        .orElse(after);
  }

  /** Only feature events touch a delta, and only their own feature's part of it. */
  private static boolean deltaChanged(
      final Thing before, final Thing after, final TwinEvent event) {
    final Optional<FeatureId> featureId =
        switch (event) {
          case FeaturePropertiesModified modified -> Optional.of(modified.featureId());
          case FeatureDesiredPropertiesModified modified -> Optional.of(modified.featureId());
          case ThingCreated created -> Optional.empty();
          case AttributesModified modified -> Optional.empty();
        };
    if (featureId.isEmpty()) {
      return false;
    }
    final Optional<Feature> old = before.feature(featureId.get());
    final Feature now = after.feature(featureId.get()).orElseThrow();
    if (now.desiredProperties().isEmpty()
        && old.map(f -> f.desiredProperties().isEmpty()).orElse(true)) {
      return false;
    }
    return !old.map(Feature::delta).orElse(JsonObject.empty()).equals(now.delta());
  }

  /** Replays {@code events} in order from {@code start}. */
  public static Optional<Thing> replay(
      final Optional<Thing> start, final Iterable<? extends TwinEvent> events) {
    Optional<Thing> thing = start;
    for (TwinEvent event : events) {
      thing = Optional.of(apply(thing, event));
    }
    return thing;
  }
}
