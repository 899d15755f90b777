/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import java.util.SortedMap;

/**
 * Desired minus reported over all features of a thing, with its own {@link #version()}.
 *
 * <p>The version counts changes of the delta itself, not revisions of the thing: a device that
 * keeps the last delta version it applied never mistakes a new delta for a stale one just because
 * its own reports raised the thing's revision meanwhile (the AWS Device Shadow SDK dropped deltas
 * for that reason, aws-iot-device-sdk issues on "delta version"). Assumption A-TWIN-DELTA-VERSION.
 */
public interface Delta {

  /** The thing this delta belongs to. */
  ThingId thingId();

  /** Increases by one every time the content of the delta changes, and only then. */
  long version();

  /** The thing revision this delta was computed at. */
  long revision();

  /** Per feature, the desired members the device has not yet reported; no empty entries. */
  SortedMap<FeatureId, JsonObject> features();

  /** Whether the device has reached every desired value. */
  default boolean isEmpty() {
    return features().isEmpty();
  }
}
