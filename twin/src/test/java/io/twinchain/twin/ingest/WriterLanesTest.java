/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import io.twinchain.twin.mapping.ConfiguredPayloadMapper;
import io.twinchain.twin.mapping.MappingConfig;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.ThingJson;
import io.twinchain.twin.testsupport.TestDevices;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parallel writer lanes: with three lanes {@code pump-1} and {@code valve-1} are written by
 * different lanes; a publish touching both is acknowledged once, after both parts are stored, and
 * each twin's revisions follow its own messages' order.
 */
class WriterLanesTest {

  private static final ThingId PUMP = ThingId.of("plant:pump-1");
  private static final ThingId VALVE = ThingId.of("plant:valve-1");

  private final KeyValueTwinStore store =
      new KeyValueTwinStore(new InMemoryKeyValueStore(), RetentionPolicy.keepAll());
  private final IngestionPipeline pipeline =
      new IngestionPipeline(
          store,
          TestDevices.registry(),
          new ConfiguredPayloadMapper(MappingConfig.identity()),
          PayloadLimits.defaults(),
          (topic, payload, retained) -> {},
          new CountingTwinMetrics(),
          Clock.systemUTC(),
          16,
          3);

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  void aBatchSpreadOverLanesIsAcknowledgedOnceAfterEveryPartIsStored() throws Exception {
    pipeline.start();
    final List<Boolean> storedAtAcknowledgement = new CopyOnWriteArrayList<>();
    final CountDownLatch acknowledged = new CountDownLatch(1);
    pipeline.submit(
        message("twinchain/gw1/batch", "{\"pump-1\": {\"t\": 1}, \"valve-1\": {\"t\": 2}}", "b-1"),
        () -> {
          storedAtAcknowledgement.add(store.get(PUMP).isPresent() && store.get(VALVE).isPresent());
          acknowledged.countDown();
        });

    assertThat(acknowledged.await(10, TimeUnit.SECONDS)).isTrue();
    pipeline.close();
    assertThat(storedAtAcknowledgement).containsExactly(true);
  }

  @Test
  void eachTwinKeepsTheOrderOfItsMessages() throws Exception {
    pipeline.start();
    final int messages = 300;
    final CountDownLatch acknowledged = new CountDownLatch(messages);
    for (int n = 0; n < messages; n++) {
      final String device = n % 2 == 0 ? "pump-1" : "valve-1";
      pipeline.submit(
          message(
              "twinchain/gw1/" + device + "/telemetry",
              "{\"ts\": " + n + ", \"values\": {\"n\": " + n + "}}",
              "m-" + n),
          acknowledged::countDown);
    }

    assertThat(acknowledged.await(30, TimeUnit.SECONDS)).isTrue();
    assertRevisionsFollowMessageOrder(PUMP, messages / 2);
    assertRevisionsFollowMessageOrder(VALVE, messages / 2);
  }

  /** Revision 1 creates the twin; revision r + 1 carries the device's r-th message. */
  private void assertRevisionsFollowMessageOrder(final ThingId thing, final int count) {
    assertThat(store.get(thing).orElseThrow().revision()).isEqualTo(count + 1L);
    long previous = -1;
    for (long revision = 2; revision <= count + 1; revision++) {
      final long n =
          ThingJson.toJson(store.getAtRevision(thing, revision).orElseThrow())
              .at("/features/telemetry/properties/n")
              .asLong();
      assertThat(n).as("%s at revision %d", thing, revision).isGreaterThan(previous);
      previous = n;
    }
  }

  private static InboundMessage message(final String topic, final String json, final String id) {
    return new InboundMessage(topic, json.getBytes(StandardCharsets.UTF_8), Optional.of(id));
  }
}
