/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.offload.device.VibrationChunk;
import io.twinchain.twin.events.FeaturePropertiesModified;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.RevisionPrunedException;
import io.twinchain.twin.store.TwinStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buffers every twin's complete vibration windows from its durable telemetry events: each poll
 * reads the events recorded since the last one ({@link TwinStore#history}), so only telemetry the
 * gateway accepted and stored is classified. Twins that exist at the first poll are followed from
 * their revision then, so a restarted gateway does not re-classify old windows; twins created later
 * are followed from their creation. Not thread-safe; one slot loop owns it.
 */
final class TelemetryWindows {
  private final TwinStore store;
  private final String thingPrefix;
  private final int maxWindowsPerTwin;
  private final Map<ThingId, Long> seenRevision = new HashMap<>();
  private final Map<ThingId, WindowAssembler> assemblers = new HashMap<>();
  private final Map<ThingId, List<float[]>> buffered = new LinkedHashMap<>();
  private boolean started;

  /**
   * @param store the gateway's twins
   * @param thingPrefix which twins to follow (e.g. a namespace and colon; empty for all)
   * @param maxWindowsPerTwin windows kept per twin between slots; older ones are dropped
   */
  TelemetryWindows(final TwinStore store, final String thingPrefix, final int maxWindowsPerTwin) {
    this.store = store;
    this.thingPrefix = thingPrefix;
    this.maxWindowsPerTwin = maxWindowsPerTwin;
  }

  /** Reads new telemetry of every twin and returns, per twin, the windows completed since. */
  Map<ThingId, List<float[]>> drain() {
    final List<Thing> things = store.list(thingPrefix);
    if (!started) {
      things.forEach(thing -> seenRevision.put(thing.thingId(), thing.revision()));
      started = true;
    }
    things.forEach(this::poll);
    final Map<ThingId, List<float[]>> out = new LinkedHashMap<>(buffered);
    buffered.clear();
    return out;
  }

  private void poll(final Thing thing) {
    final ThingId id = thing.thingId();
    final long seen = seenRevision.getOrDefault(id, 0L);
    if (seen >= thing.revision()) {
      return;
    }
    seenRevision.put(id, thing.revision());
    try {
      for (final TwinEvent event : store.history(id, seen + 1, thing.revision())) {
        if (event instanceof FeaturePropertiesModified modified
            && modified.featureId().equals(FeatureId.TELEMETRY)) {
          VibrationChunk.fromTelemetry(modified.patch()).ifPresent(chunk -> accept(id, chunk));
        }
      }
    } catch (final RevisionPrunedException e) {
      assemblers.remove(id);
    }
  }

  private void accept(final ThingId id, final VibrationChunk chunk) {
    assemblers
        .computeIfAbsent(id, key -> new WindowAssembler())
        .add(chunk)
        .ifPresent(
            window -> {
              final List<float[]> windows = buffered.computeIfAbsent(id, key -> new ArrayList<>());
              windows.add(window);
              if (windows.size() > maxWindowsPerTwin) {
                windows.remove(0);
              }
            });
  }
}
