/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;

/**
 * The twin of a registered device was created (revision 1).
 *
 * @param metadata thing, revision, time and message
 * @param gatewayId the device's gateway
 * @param attributes initial attributes
 */
public record ThingCreated(EventMetadata metadata, GatewayId gatewayId, JsonObject attributes)
    implements TwinEvent {

  /** Rejects missing parts. */
  public ThingCreated {
    requireNonNull(metadata, "metadata");
    requireNonNull(gatewayId, "gatewayId");
    requireNonNull(attributes, "attributes");
  }
}
