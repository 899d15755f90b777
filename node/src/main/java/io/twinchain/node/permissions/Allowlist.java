/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered set of allowed entries (enode URLs or accounts) with Besu's validation rules: a change
 * is refused as a whole when any entry is empty, invalid, duplicated, already present (add) or
 * absent (remove). Not thread-safe; {@link PermissionsConfig} serialises access.
 *
 * @param <T> the parsed entry type
 */
final class Allowlist<T> {

  private final Function<String, Optional<T>> parser;
  private final LinkedHashSet<T> entries = new LinkedHashSet<>();

  Allowlist(final Function<String, Optional<T>> parser) {
    this.parser = parser;
  }

  /** Parses every entry or returns empty when any is malformed. */
  Optional<List<T>> parseAll(final Collection<String> raw) {
    final List<T> parsed = new ArrayList<>();
    for (final String entry : raw) {
      final Optional<T> value = parser.apply(entry);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      parsed.add(value.get());
    }
    return Optional.of(parsed);
  }

  AllowlistResult add(final Collection<String> raw) {
    return change(raw, true);
  }

  AllowlistResult remove(final Collection<String> raw) {
    return change(raw, false);
  }

  private AllowlistResult change(final Collection<String> raw, final boolean adding) {
    if (raw.isEmpty()) {
      return AllowlistResult.ERROR_EMPTY_ENTRY;
    }
    final Optional<List<T>> parsed = parseAll(raw);
    if (parsed.isEmpty()) {
      return AllowlistResult.ERROR_INVALID_ENTRY;
    }
    final Set<T> unique = new HashSet<>(parsed.get());
    if (unique.size() != parsed.get().size()) {
      return AllowlistResult.ERROR_DUPLICATED_ENTRY;
    }
    for (final T value : unique) {
      if (adding && entries.contains(value)) {
        return AllowlistResult.ERROR_EXISTING_ENTRY;
      }
      if (!adding && !entries.contains(value)) {
        return AllowlistResult.ERROR_ABSENT_ENTRY;
      }
    }
    if (adding) {
      entries.addAll(parsed.get());
    } else {
      entries.removeAll(unique);
    }
    return AllowlistResult.SUCCESS;
  }

  void replace(final List<T> values) {
    entries.clear();
    entries.addAll(values);
  }

  List<T> entries() {
    return List.copyOf(entries);
  }
}
