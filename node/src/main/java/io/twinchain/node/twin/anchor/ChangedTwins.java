/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The twins changed since the last anchor, each at the last revision it reached (assumption
 * A-TWIN-ANCHOR-LATEST). Filled by the ingestion's writer lanes, emptied by the anchoring thread.
 */
final class ChangedTwins {

  private final Map<ThingId, AnchorLeaf> latest = new HashMap<>();

  /** Remembers the twins a durable batch changed. */
  synchronized void collect(final TwinWriteBatch batch) {
    for (final Thing thing : batch.latest().values()) {
      latest.put(thing.thingId(), AnchorLeaf.of(thing));
    }
  }

  /** The leaves collected so far, forgotten here; empty when nothing changed. */
  synchronized List<AnchorLeaf> take() {
    final List<AnchorLeaf> leaves = List.copyOf(latest.values());
    latest.clear();
    return leaves;
  }
}
