/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events accepted together and the thing states they lead to; committed as one unit (group commit).
 * Not thread-safe: one writer fills it, then hands it to {@link TwinStore#commit}.
 */
public final class TwinWriteBatch {

  /**
   * One accepted event and the state right after it.
   *
   * @param event the event
   * @param after the thing after the event
   */
  public record Entry(TwinEvent event, Thing after) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<ThingId, Thing> latest = new LinkedHashMap<>();

  /** Adds {@code event}, after which the thing is {@code after}. */
  public void add(final TwinEvent event, final Thing after) {
    if (after.revision() != event.metadata().revision()
        || !after.thingId().equals(event.metadata().thingId())) {
      throw new IllegalArgumentException(
          "state "
              + after.thingId()
              + "@"
              + after.revision()
              + " does not match "
              + event.metadata());
    }
    entries.add(new Entry(event, after));
    latest.put(after.thingId(), after);
  }

  /** The entries in the order they were accepted. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The final state of every thing the batch touches. */
  public Map<ThingId, Thing> latest() {
    return Collections.unmodifiableMap(latest);
  }

  /** The state the batch currently leads {@code thingId} to, if the batch touches it. */
  public Optional<Thing> latest(final ThingId thingId) {
    return Optional.ofNullable(latest.get(thingId));
  }

  /** The batch's event for {@code thingId} at {@code revision}, if it holds one. */
  Optional<TwinEvent> event(final ThingId thingId, final long revision) {
    return entries.stream()
        .map(Entry::event)
        .filter(e -> e.metadata().revision() == revision && e.metadata().thingId().equals(thingId))
        .findFirst();
  }

  /** Whether nothing was added. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The number of events. */
  public int size() {
    return entries.size();
  }
}
