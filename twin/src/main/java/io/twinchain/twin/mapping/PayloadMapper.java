/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

import io.twinchain.twin.ingest.DeviceMessage;
import io.twinchain.twin.ingest.MessageRejectedException;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.TwinCommand;
import java.util.List;

/**
 * The extension point between transport-neutral device messages and twin commands (Ditto's
 * MessageMapper): renames, units and nesting live here, so devices keep their own payload shapes.
 */
@FunctionalInterface
public interface PayloadMapper {

  /**
   * The commands {@code message} becomes for the twin {@code thingId}.
   *
   * @throws MessageRejectedException if a value cannot be mapped (e.g. a unit conversion of a
   *     string)
   */
  List<TwinCommand> map(DeviceMessage message, ThingId thingId) throws MessageRejectedException;
}
