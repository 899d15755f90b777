/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.FeatureId;

/** {@link FeatureDesiredPropertiesModified}: merge wishes, creating the feature if needed. */
final class FeatureDesiredPropertiesModifiedStrategy
    extends FeatureEventStrategy<FeatureDesiredPropertiesModified> {

  @Override
  FeatureId featureId(final FeatureDesiredPropertiesModified event) {
    return event.featureId();
  }

  @Override
  Feature change(final Feature feature, final FeatureDesiredPropertiesModified event) {
    return feature.mergeDesiredProperties(event.patch());
  }
}
