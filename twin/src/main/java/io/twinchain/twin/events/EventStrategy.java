/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Thing;
import java.util.Optional;

/**
 * Applies one kind of event to a thing: pure, one class per event type.
 *
 * @param <E> the event type handled
 */
@FunctionalInterface
public interface EventStrategy<E extends TwinEvent> {

  /**
   * The thing after {@code event}.
   *
   * @param thing the thing before, absent only for a creation
   * @param event the event, already checked to follow {@code thing}'s revision
   */
  Thing apply(Optional<Thing> thing, E event);
}
