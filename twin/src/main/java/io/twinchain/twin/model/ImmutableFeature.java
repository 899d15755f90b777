/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import static java.util.Objects.requireNonNull;

record ImmutableFeature(FeatureId id, JsonObject properties, JsonObject desiredProperties)
    implements Feature {

  ImmutableFeature {
    requireNonNull(id, "id");
    requireNonNull(properties, "properties");
    requireNonNull(desiredProperties, "desiredProperties");
  }

  @Override
  public Feature mergeProperties(final JsonObject patch) {
    return new ImmutableFeature(id, properties.merge(patch), desiredProperties);
  }

  @Override
  public Feature mergeDesiredProperties(final JsonObject patch) {
    return new ImmutableFeature(id, properties, desiredProperties.merge(patch));
  }
}
