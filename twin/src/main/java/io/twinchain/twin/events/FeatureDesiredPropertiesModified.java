/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;

/**
 * An operator's wishes were merged into a feature's desired properties.
 *
 * @param metadata thing, revision, time and message
 * @param featureId the feature
 * @param patch the merge patch applied
 */
public record FeatureDesiredPropertiesModified(
    EventMetadata metadata, FeatureId featureId, JsonObject patch) implements TwinEvent {

  /** Rejects missing parts. */
  public FeatureDesiredPropertiesModified {
    requireNonNull(metadata, "metadata");
    requireNonNull(featureId, "featureId");
    requireNonNull(patch, "patch");
  }
}
