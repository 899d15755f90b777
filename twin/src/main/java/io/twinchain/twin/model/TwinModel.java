/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.time.Instant;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/** The one factory of the twin model's immutable types. */
public final class TwinModel {

  private TwinModel() {}

  /** A new thing at revision 1 without features. */
  public static Thing newThing(
      final ThingId thingId,
      final GatewayId gatewayId,
      final JsonObject attributes,
      final Instant created) {
    return new ImmutableThing(
        thingId, gatewayId, attributes, new TreeMap<>(), 1, created, created, 0);
  }

  /** A thing with every field given, as restored from storage. */
  public static Thing thing(
      final ThingId thingId,
      final GatewayId gatewayId,
      final JsonObject attributes,
      final Collection<Feature> features,
      final long revision,
      final Instant created,
      final Instant modified,
      final long deltaVersion) {
    final SortedMap<FeatureId, Feature> byId = new TreeMap<>();
    features.forEach(feature -> byId.put(feature.id(), feature));
    return new ImmutableThing(
        thingId, gatewayId, attributes, byId, revision, created, modified, deltaVersion);
  }

  /** A feature with the given reported and desired properties. */
  public static Feature feature(
      final FeatureId id, final JsonObject properties, final JsonObject desiredProperties) {
    return new ImmutableFeature(id, properties, desiredProperties);
  }

  /** A feature without properties. */
  public static Feature emptyFeature(final FeatureId id) {
    return feature(id, JsonObject.empty(), JsonObject.empty());
  }
}
