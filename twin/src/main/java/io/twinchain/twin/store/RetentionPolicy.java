/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import java.time.Duration;
import java.util.Optional;

/**
 * How much history the twin store keeps per thing: at least {@code keepRevisions} revisions, and,
 * with {@code maxAge}, nothing older than that age counted back from the thing's latest change.
 * Pruning happens in whole snapshot intervals when a snapshot is written, so up to one interval
 * more stays readable. De-duplication remembers message ids exactly as long as their events are
 * kept.
 *
 * <p>Assumption A-TWIN-RETENTION: history is bounded by a revision count and optionally an age per
 * thing, measured on the thing's own event timestamps (a twin that stops changing keeps its
 * history), so reads at old revisions fail with a typed error instead of silently returning a later
 * state.
 *
 * @param keepRevisions revisions kept per thing; {@link Long#MAX_VALUE} keeps everything
 * @param maxAge history older than this (before the latest snapshot's event) is dropped
 */
public record RetentionPolicy(long keepRevisions, Optional<Duration> maxAge) {

  /** Rejects windows smaller than one snapshot interval and non-positive ages. */
  public RetentionPolicy {
    if (keepRevisions < KeyValueTwinStore.SNAPSHOT_INTERVAL) {
      throw new IllegalArgumentException(
          "keepRevisions must be at least " + KeyValueTwinStore.SNAPSHOT_INTERVAL);
    }
    if (maxAge.isPresent() && (maxAge.get().isNegative() || maxAge.get().isZero())) {
      throw new IllegalArgumentException("maxAge must be positive, got " + maxAge.get());
    }
  }

  /** A revision-count policy without an age limit. */
  public RetentionPolicy(final long keepRevisions) {
    this(keepRevisions, Optional.empty());
  }

  /** Keeps the full history. */
  public static RetentionPolicy keepAll() {
    return new RetentionPolicy(Long.MAX_VALUE);
  }
}
