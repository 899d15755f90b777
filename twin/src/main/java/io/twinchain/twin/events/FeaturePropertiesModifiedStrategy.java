/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.FeatureId;

/** {@link FeaturePropertiesModified}: merge reported values, creating the feature if needed. */
final class FeaturePropertiesModifiedStrategy
    extends FeatureEventStrategy<FeaturePropertiesModified> {

  @Override
  FeatureId featureId(final FeaturePropertiesModified event) {
    return event.featureId();
  }

  @Override
  Feature change(final Feature feature, final FeaturePropertiesModified event) {
    return feature.mergeProperties(event.patch());
  }
}
