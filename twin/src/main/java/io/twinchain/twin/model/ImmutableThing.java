/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

record ImmutableThing(
    ThingId thingId,
    GatewayId gatewayId,
    JsonObject attributes,
    SortedMap<FeatureId, Feature> features,
    long revision,
    Instant created,
    Instant modified,
    long deltaVersion)
    implements Thing {

  ImmutableThing {
    requireNonNull(thingId, "thingId");
    requireNonNull(gatewayId, "gatewayId");
    requireNonNull(attributes, "attributes");
    requireNonNull(created, "created");
    requireNonNull(modified, "modified");
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
  }

  @Override
  public Delta delta() {
    final SortedMap<FeatureId, JsonObject> pending = new TreeMap<>();
    features.forEach(
        (id, feature) -> {
          final JsonObject delta = feature.delta();
          if (!delta.isEmpty()) {
            pending.put(id, delta);
          }
        });
    return new ImmutableDelta(thingId, deltaVersion, revision, pending);
  }

  @Override
  public Thing withAttributes(final JsonObject newAttributes, final long rev, final Instant at) {
    return new ImmutableThing(
        thingId, gatewayId, newAttributes, features, rev, created, at, deltaVersion);
  }

  @Override
  public Thing withFeature(final Feature feature, final long rev, final Instant at) {
    final SortedMap<FeatureId, Feature> changed = new TreeMap<>(features);
    changed.put(feature.id(), feature);
    return new ImmutableThing(
        thingId, gatewayId, attributes, changed, rev, created, at, deltaVersion);
  }

  @Override
  public Thing withDeltaVersion(final long newDeltaVersion) {
    return new ImmutableThing(
        thingId, gatewayId, attributes, features, revision, created, modified, newDeltaVersion);
  }
}
