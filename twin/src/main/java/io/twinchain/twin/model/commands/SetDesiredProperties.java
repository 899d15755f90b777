/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model.commands;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;

/**
 * Merge values an operator wants into a feature's desired properties.
 *
 * @param thingId the thing
 * @param featureId the feature, created if absent
 * @param patch members to set; {@code null} members withdraw a wish
 */
public record SetDesiredProperties(ThingId thingId, FeatureId featureId, JsonObject patch)
    implements TwinCommand {

  /** Rejects missing parts. */
  public SetDesiredProperties {
    requireNonNull(thingId, "thingId");
    requireNonNull(featureId, "featureId");
    requireNonNull(patch, "patch");
  }
}
