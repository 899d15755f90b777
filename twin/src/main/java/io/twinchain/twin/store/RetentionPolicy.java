/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

/**
 * How much history the twin store keeps per thing. Pruning happens in whole snapshot intervals: at
 * least {@code keepRevisions} revisions stay readable, plus at most one interval more.
 * De-duplication remembers message ids exactly as long as their events are kept.
 *
 * <p>Assumption A-TWIN-RETENTION: history is bounded by a revision count per thing (not by age), so
 * reads at old revisions fail with a typed error instead of silently returning a later state.
 *
 * @param keepRevisions revisions kept per thing; {@link Long#MAX_VALUE} keeps everything
 */
public record RetentionPolicy(long keepRevisions) {

  /** Rejects windows smaller than one snapshot interval. */
  public RetentionPolicy {
    if (keepRevisions < KeyValueTwinStore.SNAPSHOT_INTERVAL) {
      throw new IllegalArgumentException(
          "keepRevisions must be at least " + KeyValueTwinStore.SNAPSHOT_INTERVAL);
    }
  }

  /** Keeps the full history. */
  public static RetentionPolicy keepAll() {
    return new RetentionPolicy(Long.MAX_VALUE);
  }
}
