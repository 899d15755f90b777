/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mapping;

import io.twinchain.twin.model.FeatureId;
import java.util.List;

/**
 * Where a mapped field lands: a feature and a path of nested members inside its properties.
 *
 * @param feature the feature
 * @param path member names from the feature's properties down, at least one
 */
public record FieldTarget(FeatureId feature, List<String> path) {

  /** Copies the path and rejects an empty one. */
  public FieldTarget {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a field target needs at least one member name");
    }
  }

  /** Parses {@code feature/member.nested.leaf}. */
  public static FieldTarget parse(final String target) {
    final int slash = target.indexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("expected feature/member.path, got " + target);
    }
    return new FieldTarget(
        new FeatureId(target.substring(0, slash)),
        List.of(target.substring(slash + 1).split("\\.")));
  }
}
