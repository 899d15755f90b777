/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

/**
 * The id of a feature within a thing ({@code telemetry}, {@code health}, ...).
 *
 * @param value topic-safe name
 */
public record FeatureId(String value) implements Comparable<FeatureId> {

  /** The feature that device telemetry lands in unless the payload mapping nests it elsewhere. */
  public static final FeatureId TELEMETRY = new FeatureId("telemetry");

  /** Validates the name. */
  public FeatureId {
    Identifiers.requireName("featureId", value);
  }

  @Override
  public int compareTo(final FeatureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
