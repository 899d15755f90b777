/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

/**
 * One feature of a thing. Reported {@link #properties()} come from the device; {@link
 * #desiredProperties()} come from operators and applications; the two are never mixed.
 */
public interface Feature {

  /** The feature's id within its thing. */
  FeatureId id();

  /** What the device last reported. */
  JsonObject properties();

  /** What operators want the device to reach. */
  JsonObject desiredProperties();

  /** Desired minus reported: what the device still has to do. */
  default JsonObject delta() {
    return desiredProperties().minus(properties());
  }

  /** This feature with {@code patch} merged into the reported properties. */
  Feature mergeProperties(JsonObject patch);

  /** This feature with {@code patch} merged into the desired properties. */
  Feature mergeDesiredProperties(JsonObject patch);
}
