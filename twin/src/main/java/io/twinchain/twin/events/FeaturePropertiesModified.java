/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;

/**
 * The device reported values; they were merged into a feature's properties.
 *
 * @param metadata thing, revision, time and message
 * @param featureId the feature
 * @param patch the merge patch applied
 */
public record FeaturePropertiesModified(
    EventMetadata metadata, FeatureId featureId, JsonObject patch) implements TwinEvent {

  /** Rejects missing parts. */
  public FeaturePropertiesModified {
    requireNonNull(metadata, "metadata");
    requireNonNull(featureId, "featureId");
    requireNonNull(patch, "patch");
  }
}
