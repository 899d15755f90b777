/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The digital twin of one device, shaped like an Eclipse Ditto thing: attributes, features with
 * reported and desired properties, and the bookkeeping fields {@code _revision}, {@code _created}
 * and {@code _modified}. Instances are immutable; every change yields a new thing.
 */
public interface Thing {

  /** {@code namespace:name}. */
  ThingId thingId();

  /** The gateway the device is registered to. */
  GatewayId gatewayId();

  /** Static facts about the device (model, location, ...). */
  JsonObject attributes();

  /** Features by id, sorted. */
  SortedMap<FeatureId, Feature> features();

  /** {@code _revision}: the number of events applied, starting at 1 for the creation. */
  long revision();

  /** {@code _created}. */
  Instant created();

  /** {@code _modified}: the timestamp of the latest event. */
  Instant modified();

  /** The version of {@link #delta()}, which moves only when the delta's content changes. */
  long deltaVersion();

  /** One feature, if present. */
  default Optional<Feature> feature(final FeatureId featureId) {
    return Optional.ofNullable(features().get(featureId));
  }

  /** Desired minus reported over all features, versioned by {@link #deltaVersion()}. */
  Delta delta();

  /** This thing with new attributes, at the next revision. */
  Thing withAttributes(JsonObject attributes, long revision, Instant modified);

  /** This thing with {@code feature} added or replaced, at the next revision. */
  Thing withFeature(Feature feature, long revision, Instant modified);

  /** This thing with another delta version and nothing else changed. */
  Thing withDeltaVersion(long deltaVersion);
}
