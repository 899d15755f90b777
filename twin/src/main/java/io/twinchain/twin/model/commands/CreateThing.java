/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model.commands;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;

/**
 * Create the twin of a registered device.
 *
 * @param thingId the new thing
 * @param gatewayId the gateway the device is registered to
 * @param attributes initial attributes
 */
public record CreateThing(ThingId thingId, GatewayId gatewayId, JsonObject attributes)
    implements TwinCommand {

  /** Rejects missing parts. */
  public CreateThing {
    requireNonNull(thingId, "thingId");
    requireNonNull(gatewayId, "gatewayId");
    requireNonNull(attributes, "attributes");
  }
}
