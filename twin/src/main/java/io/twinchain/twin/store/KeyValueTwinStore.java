/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValue;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.KeyValueTransaction;
import io.twinchain.twin.events.EventStrategies;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link TwinStore} on the node's key-value port (RocksDB in production). Columns: TWIN_EVENTS
 * ({@code thing 0 rev} → event), TWIN_SNAPSHOTS (every {@value #SNAPSHOT_INTERVAL} revisions),
 * TWIN_INDEX ({@code thing} → current state), TWIN_MESSAGE_IDS ({@code thing 0 msg} → revision).
 */
public final class KeyValueTwinStore implements TwinStore {

  /** Revisions between snapshots; part of the on-disk format, so not configurable. */
  public static final long SNAPSHOT_INTERVAL = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final KeyValueStore storage;
  private final HistoryPruner pruner;

  /**
   * @param storage the node's key-value store
   * @param retention how much history to keep
   */
  public KeyValueTwinStore(final KeyValueStore storage, final RetentionPolicy retention) {
    this.storage = storage;
    this.pruner = new HistoryPruner(storage, retention);
  }

  @Override
  public Optional<Thing> get(final ThingId thingId) {
    return storage.get(Column.TWIN_INDEX, TwinKeys.thing(thingId)).map(KeyValueTwinStore::thing);
  }

  @Override
  public Optional<Thing> getAtRevision(final ThingId thingId, final long revision) {
    final Optional<Thing> current = get(thingId);
    if (current.isEmpty() || revision < 1 || revision > current.get().revision()) {
      return Optional.empty();
    }
    if (revision == current.get().revision()) {
      return current;
    }
    final long base = revision - revision % SNAPSHOT_INTERVAL;
    final Optional<Thing> start =
        base == 0
            ? Optional.empty()
            : Optional.of(
                storage
                    .get(Column.TWIN_SNAPSHOTS, TwinKeys.revision(thingId, base))
                    .map(KeyValueTwinStore::thing)
                    .orElseThrow(() -> new RevisionPrunedException(thingId, revision)));
    final List<TwinEvent> events = history(thingId, base + 1, revision);
    if (events.size() != revision - base) {
      throw new RevisionPrunedException(thingId, revision);
    }
    return EventStrategies.replay(start, events);
  }

  @Override
  public Optional<Thing> getAtTimestamp(final ThingId thingId, final Instant timestamp) {
    final Optional<Thing> current = get(thingId);
    if (current.isEmpty() || current.get().created().isAfter(timestamp)) {
      return Optional.empty();
    }
    long low = 1;
    long high = current.get().revision();
    while (low < high) {
      final long middle = low + (high - low + 1) / 2;
      final boolean notLater =
          event(thingId, middle)
              .map(e -> !e.metadata().timestamp().isAfter(timestamp))
              .orElse(true);
      if (notLater) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    if (event(thingId, low).isEmpty()) {
      throw new RevisionPrunedException(thingId, low);
    }
    return getAtRevision(thingId, low);
  }

  @Override
  public List<Thing> list(final String thingIdPrefix) {
    final List<Thing> things = new ArrayList<>();
    for (KeyValue entry :
        storage.scan(Column.TWIN_INDEX, thingIdPrefix.getBytes(StandardCharsets.UTF_8))) {
      things.add(thing(entry.value()));
    }
    return things;
  }

  @Override
  public List<TwinEvent> history(final ThingId thingId, final long from, final long to) {
    final List<TwinEvent> events = new ArrayList<>();
    for (long revision = Math.max(1, from); revision <= to; revision++) {
      event(thingId, revision).ifPresent(events::add);
    }
    return events;
  }

  @Override
  public Optional<Long> revisionOf(final ThingId thingId, final MessageId messageId) {
    return storage
        .get(Column.TWIN_MESSAGE_IDS, TwinKeys.message(thingId, messageId))
        .map(TwinKeys::readLong);
  }

  @Override
  public void commit(final TwinWriteBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    try (KeyValueTransaction transaction = storage.startTransaction()) {
      for (TwinWriteBatch.Entry entry : batch.entries()) {
        final ThingId thingId = entry.event().metadata().thingId();
        final long revision = entry.event().metadata().revision();
        transaction.put(
            Column.TWIN_EVENTS,
            TwinKeys.revision(thingId, revision),
            bytes(EventJson.toJson(entry.event())));
        transaction.put(
            Column.TWIN_MESSAGE_IDS,
            TwinKeys.message(thingId, entry.event().metadata().messageId()),
            TwinKeys.longValue(revision));
      }
      for (Thing thing : batch.latest().values()) {
        transaction.put(
            Column.TWIN_INDEX, TwinKeys.thing(thing.thingId()), bytes(ThingJson.toJson(thing)));
      }
      for (TwinWriteBatch.Entry entry : batch.entries()) {
        final Thing after = entry.after();
        if (after.revision() % SNAPSHOT_INTERVAL == 0) {
          transaction.put(
              Column.TWIN_SNAPSHOTS,
              TwinKeys.revision(after.thingId(), after.revision()),
              bytes(ThingJson.toJson(after)));
          pruner.onSnapshot(after.thingId(), after.revision(), batch, transaction);
        }
      }
      transaction.commit();
    }
  }

  private Optional<TwinEvent> event(final ThingId thingId, final long revision) {
    return storage
        .get(Column.TWIN_EVENTS, TwinKeys.revision(thingId, revision))
        .map(bytes -> EventJson.fromJson(tree(bytes)));
  }

  private static Thing thing(final byte[] bytes) {
    return ThingJson.fromJson(tree(bytes));
  }

  static ObjectNode tree(final byte[] bytes) {
    try {
      return (ObjectNode) MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt twin record", e);
    }
  }

  static byte[] bytes(final ObjectNode json) {
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
