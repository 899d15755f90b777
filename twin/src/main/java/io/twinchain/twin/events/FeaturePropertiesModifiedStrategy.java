/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import io.twinchain.twin.model.Feature;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.TwinModel;
import java.util.Optional;

/** {@link FeaturePropertiesModified}: merge reported values, creating the feature if needed. */
final class FeaturePropertiesModifiedStrategy implements EventStrategy<FeaturePropertiesModified> {

  @Override
  public Thing apply(final Optional<Thing> thing, final FeaturePropertiesModified event) {
    final Thing before = thing.orElseThrow();
    final Feature feature =
        before
            .feature(event.featureId())
            .orElseGet(() -> TwinModel.emptyFeature(event.featureId()));
    return before.withFeature(
        feature.mergeProperties(event.patch()),
        event.metadata().revision(),
        event.metadata().timestamp());
  }
}
