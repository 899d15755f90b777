/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Thing;
import java.util.Optional;

/** {@link AttributesModified}: merge the patch into the attributes. */
final class AttributesModifiedStrategy implements EventStrategy<AttributesModified> {

  @Override
  public Thing apply(final Optional<Thing> thing, final AttributesModified event) {
    final Thing before = thing.orElseThrow();
    return before.withAttributes(
        before.attributes().merge(event.patch()),
        event.metadata().revision(),
        event.metadata().timestamp());
  }
}
