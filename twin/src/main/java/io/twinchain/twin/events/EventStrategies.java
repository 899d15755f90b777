/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

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
        .filter(before -> !before.delta().features().equals(after.delta().features()))
        .map(before -> after.withDeltaVersion(before.deltaVersion() + 1))
        .orElse(after);
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
