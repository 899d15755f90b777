/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

record ImmutableDelta(
    ThingId thingId, long version, long revision, SortedMap<FeatureId, JsonObject> features)
    implements Delta {

  ImmutableDelta {
    requireNonNull(thingId, "thingId");
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
  }
}
