/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import io.twinchain.twin.events.CommandResult;
import io.twinchain.twin.events.EventStrategies;
import io.twinchain.twin.events.TwinCommandHandler;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinStoreTest {

  static final ThingId PUMP = ThingId.of("plant:pump-1");
  static final ThingId VALVE = ThingId.of("plant:valve-1");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Executes commands one message per batch, the way the ingestion pipeline does. */
  static void execute(final TwinStore store, final TwinCommand command, final int message) {
    final TwinWriteBatch batch = new TwinWriteBatch();
    final Optional<Thing> current = store.get(command.thingId());
    final TwinEvent event =
        ((CommandResult.Accepted)
                TwinCommandHandler.handle(
                    current, command, new MessageId("m" + message), T0.plusSeconds(message)))
            .event();
    batch.add(event, EventStrategies.apply(current, event));
    store.commit(batch);
  }

  static JsonObject value(final String key, final long value) {
    return JsonObject.of(key, JsonNodeFactory.instance.numberNode(value));
  }

  static void fill(final TwinStore store, final ThingId thing, final int revisions) {
    execute(store, new CreateThing(thing, new GatewayId("gw1"), JsonObject.empty()), 1);
    for (int i = 2; i <= revisions; i++) {
      execute(store, new ModifyFeatureProperties(thing, FeatureId.TELEMETRY, value("n", i)), i);
    }
  }

  static long reported(final Optional<Thing> thing) {
    return thing
        .orElseThrow()
        .feature(FeatureId.TELEMETRY)
        .orElseThrow()
        .properties()
        .get("n")
        .orElseThrow()
        .asLong();
  }

  @Test
  void readsCurrentStateRevisionsTimestampsAndHistory() {
    final TwinStore store =
        new KeyValueTwinStore(new InMemoryKeyValueStore(), RetentionPolicy.keepAll());
    fill(store, PUMP, 150);
    fill(store, VALVE, 3);
    assertThat(store.get(PUMP).orElseThrow().revision()).isEqualTo(150);
    assertThat(reported(store.getAtRevision(PUMP, 100))).isEqualTo(100);
    assertThat(reported(store.getAtRevision(PUMP, 64))).isEqualTo(64);
    assertThat(reported(store.getAtRevision(PUMP, 2))).isEqualTo(2);
    assertThat(store.getAtRevision(PUMP, 151)).isEmpty();
    assertThat(reported(store.getAtTimestamp(PUMP, T0.plusSeconds(77).plusMillis(500))))
        .isEqualTo(77);
    assertThat(store.getAtTimestamp(PUMP, T0)).isEmpty();
    assertThat(store.history(PUMP, 10, 12))
        .extracting(e -> e.metadata().messageId().value())
        .containsExactly("m10", "m11", "m12");
    assertThat(store.revisionOf(PUMP, new MessageId("m42"))).contains(42L);
    assertThat(store.revisionOf(PUMP, new MessageId("m999"))).isEmpty();
    assertThat(store.list("plant:")).extracting(Thing::thingId).containsExactly(PUMP, VALVE);
    assertThat(store.list("other:")).isEmpty();
  }

  @Test
  void keepsDesiredStateAndDeltaVersionAcrossStorage() {
    final TwinStore store =
        new KeyValueTwinStore(new InMemoryKeyValueStore(), RetentionPolicy.keepAll());
    fill(store, PUMP, 2);
    execute(store, new SetDesiredProperties(PUMP, FeatureId.TELEMETRY, value("n", 7)), 3);
    final Thing thing = store.get(PUMP).orElseThrow();
    assertThat(thing.delta().version()).isEqualTo(1);
    assertThat(thing.delta().features()).containsEntry(FeatureId.TELEMETRY, value("n", 7));
    assertThat(store.getAtRevision(PUMP, 3)).contains(thing);
  }

  @Test
  void prunesHistoryOutsideTheRetentionWindowWithItsMessageIds() {
    final TwinStore store =
        new KeyValueTwinStore(new InMemoryKeyValueStore(), new RetentionPolicy(100));
    fill(store, PUMP, 300);
    assertThat(reported(store.getAtRevision(PUMP, 200))).isEqualTo(200);
    assertThatThrownBy(() -> store.getAtRevision(PUMP, 10))
        .isInstanceOf(RevisionPrunedException.class);
    assertThatThrownBy(() -> store.getAtTimestamp(PUMP, T0.plusSeconds(20)))
        .isInstanceOf(RevisionPrunedException.class);
    assertThat(store.history(PUMP, 1, 300)).hasSizeBetween(100, 100 + 2 * 64);
    assertThat(store.revisionOf(PUMP, new MessageId("m10"))).isEmpty();
    assertThat(store.revisionOf(PUMP, new MessageId("m299"))).contains(299L);
  }

  @Test
  void prunesHistoryOlderThanTheMaximumAgeInWholeIntervals() {
    final TwinStore store =
        new KeyValueTwinStore(
            new InMemoryKeyValueStore(),
            new RetentionPolicy(Long.MAX_VALUE, Optional.of(Duration.ofSeconds(100))));
    fill(store, PUMP, 300);
    // At the snapshot of revision 256 (event time T0+256 s) everything up to revision 128
    // (T0+128 s, older than 100 s) goes; revisions from 129 on stay.
    assertThat(store.history(PUMP, 1, 300)).hasSize(300 - 128);
    assertThat(reported(store.getAtRevision(PUMP, 129))).isEqualTo(129);
    assertThatThrownBy(() -> store.getAtRevision(PUMP, 100))
        .isInstanceOf(RevisionPrunedException.class);
    assertThat(store.revisionOf(PUMP, new MessageId("m100"))).isEmpty();
    assertThat(store.revisionOf(PUMP, new MessageId("m129"))).contains(129L);
  }

  @Test
  void survivesReopeningRocksDb(@TempDir final Path directory) {
    try (KeyValueStore rocks = RocksDbKeyValueStore.open(directory)) {
      fill(new KeyValueTwinStore(rocks, RetentionPolicy.keepAll()), PUMP, 70);
    }
    try (KeyValueStore rocks = RocksDbKeyValueStore.open(directory)) {
      final TwinStore store = new KeyValueTwinStore(rocks, RetentionPolicy.keepAll());
      assertThat(store.get(PUMP).orElseThrow().revision()).isEqualTo(70);
      assertThat(reported(store.getAtRevision(PUMP, 66))).isEqualTo(66);
    }
  }
}
