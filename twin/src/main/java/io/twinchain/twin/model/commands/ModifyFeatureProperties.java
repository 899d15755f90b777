/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model.commands;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;

/**
 * Merge reported values from the device into a feature's properties.
 *
 * @param thingId the thing
 * @param featureId the feature, created if absent
 * @param patch members to set; {@code null} members remove
 */
public record ModifyFeatureProperties(ThingId thingId, FeatureId featureId, JsonObject patch)
    implements TwinCommand {

  /** Rejects missing parts. */
  public ModifyFeatureProperties {
    requireNonNull(thingId, "thingId");
    requireNonNull(featureId, "featureId");
    requireNonNull(patch, "patch");
  }
}
