/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

import io.twinchain.twin.model.FeatureId;
import java.util.Map;

/**
 * Declarative payload mapping, applied in this order: rename a field, convert its unit, place it
 * into a feature at a nested path. Configuration, not scripts. Fields without a target land in
 * {@code defaultFeature} (assumption A-TWIN-TELEMETRY-FEATURE).
 *
 * @param renames device field name → twin field name
 * @param conversions twin field name → unit conversion (numbers only)
 * @param targets twin field name → feature and nested path; others go to {@code defaultFeature}
 * @param defaultFeature the feature for fields without a target
 */
public record MappingConfig(
    Map<String, String> renames,
    Map<String, UnitConversion> conversions,
    Map<String, FieldTarget> targets,
    FeatureId defaultFeature) {

  /** Copies the maps. */
  public MappingConfig {
    renames = Map.copyOf(renames);
    conversions = Map.copyOf(conversions);
    targets = Map.copyOf(targets);
  }

  /** No renames, conversions or nesting: everything lands in {@code telemetry} as sent. */
  public static MappingConfig identity() {
    return new MappingConfig(Map.of(), Map.of(), Map.of(), FeatureId.TELEMETRY);
  }
}
