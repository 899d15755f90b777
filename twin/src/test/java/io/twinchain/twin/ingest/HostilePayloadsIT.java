/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.testsupport.DeviceClient;
import io.twinchain.twin.testsupport.FreePort;
import io.twinchain.twin.testsupport.HostilePayloads;
import io.twinchain.twin.testsupport.HostilePayloads.Hostile;
import io.twinchain.twin.testsupport.Received;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 malformed or hostile publishes through a real broker: each yields one error on an {@code
 * errors} topic and one rejection counter, and no twin changes.
 */
class HostilePayloadsIT {

  static final ThingId PUMP = ThingId.of("plant:pump-1");

  @Test
  void everyHostilePublishIsReportedCountedAndChangesNothing(
      @TempDir final Path brokerDir, @TempDir final Path dataDir) throws Exception {
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                brokerDir, "127.0.0.1", FreePort.next(), Optional.empty(), Optional.empty());
        TwinHarness harness = new TwinHarness(dataDir, broker.url());
        DeviceClient attacker = DeviceClient.connect(broker.url(), "attacker");
        DeviceClient observer = DeviceClient.connect(broker.url(), "observer")) {
      observer.subscribe("twinchain/+/+/errors");
      observer.subscribe("twinchain/+/errors");
      attacker.publish(
          "twinchain/gw1/pump-1/telemetry", "{\"temperature\": 20}", Optional.of("ok-1"));
      final Thing before = harness.awaitThing(PUMP, t -> t.revision() == 2, Duration.ofSeconds(20));

      final List<RejectionReason> expected = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        final Hostile hostile = HostilePayloads.KINDS.get(i % HostilePayloads.KINDS.size());
        attacker.publishRaw(hostile.topic(), hostile.payload().apply(i));
        expected.add(hostile.reason());
      }

      final List<Received> errors = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        errors.add(observer.await(r -> true, Duration.ofSeconds(30)));
      }
      assertThat(errors)
          .allSatisfy(error -> assertThat(error.json().path("detail").asText()).isNotEmpty());
      assertThat(
              countBy(
                  errors.stream()
                      .map(e -> RejectionReason.valueOf(e.json().path("reason").asText()))
                      .toList()))
          .isEqualTo(countBy(expected));
      for (Hostile kind : HostilePayloads.KINDS) {
        assertThat(errors)
            .as("errors for %s carry the offending field", kind.reason())
            .anySatisfy(
                e -> {
                  assertThat(e.json().path("reason").asText()).isEqualTo(kind.reason().name());
                  assertThat(e.json().path("field").asText()).isEqualTo(kind.field());
                });
      }
      assertThat(harness.metrics().total(TwinCounter.MESSAGES_REJECTED)).isEqualTo(1000);
      assertThat(harness.store().get(PUMP)).contains(before);
      assertThat(harness.store().list("")).extracting(Thing::thingId).containsExactly(PUMP);
      Thread.sleep(300);
      assertThat(observer.drain()).as("exactly one error per publish").isEmpty();
    }
  }

  static Map<RejectionReason, Long> countBy(final List<RejectionReason> reasons) {
    return reasons.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
  }
}
