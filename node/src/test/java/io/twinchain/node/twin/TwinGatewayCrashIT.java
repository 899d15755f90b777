/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.node.testsupport.Eventually;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.testsupport.FreePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety through the node process: 10,000 QoS-1 messages flow through an external broker
 * while the gateway node is killed with SIGKILL and restarted twice; afterwards {@code
 * twin_getHistory} over JSON-RPC holds every message the broker acknowledged exactly once.
 */
class TwinGatewayCrashIT {

  private static final int MESSAGES = 10_000;
  private static final String[] THINGS = {"plant:pump-1", "plant:valve-1"};
  private static final String[] TOPICS = {
    "twinchain/gw1/pump-1/telemetry", "twinchain/gw1/valve-1/telemetry"
  };

  @TempDir Path dir;

  @Test
  void everyAcknowledgedMessageIsInTheHistoryExactlyOnceAfterKillNine() throws Exception {
    final Path node = Files.createDirectories(dir.resolve("node"));
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                dir.resolve("broker"),
                "127.0.0.1",
                FreePort.next(),
                Optional.empty(),
                Optional.empty());
        GatewayNodeProcess gateway =
            new GatewayNodeProcess(node, Optional.of(broker.url()), "0x" + "00".repeat(20));
        TelemetryPublisher publisher = new TelemetryPublisher(broker.url(), "publisher", 200)) {
      gateway.start();
      for (int i = 0; i < MESSAGES; i++) {
        publisher.publish(TOPICS[i % TOPICS.length], "{\"n\": " + i + "}", "c-" + i);
        if (i == 3_000 || i == 6_500) {
          gateway.kill();
          gateway.start();
        }
      }
      publisher.flush();
      final long expected = MESSAGES + THINGS.length;
      Eventually.await(
          "every message applied",
          Duration.ofSeconds(120),
          TwinGatewayNodeIT.quietly(() -> appliedRevisions(gateway) == expected));
      final List<String> applied = new ArrayList<>();
      for (final String thing : THINGS) {
        applied.addAll(messageIds(gateway, thing));
      }
      final Set<String> sent = new HashSet<>();
      for (int i = 0; i < MESSAGES; i++) {
        sent.add("c-" + i);
      }
      assertThat(applied).hasSize(MESSAGES).doesNotHaveDuplicates();
      assertThat(new HashSet<>(applied)).isEqualTo(sent);
    }
  }

  private static long appliedRevisions(final GatewayNodeProcess gateway)
      throws java.io.IOException, InterruptedException {
    long sum = 0;
    for (final String thing : THINGS) {
      sum += gateway.twin(thing).path("_revision").asLong();
    }
    return sum;
  }

  /** The message ids of a twin's telemetry events, read with twin_getHistory 1,000 at a time. */
  private static List<String> messageIds(final GatewayNodeProcess gateway, final String thing)
      throws Exception {
    final long revision = gateway.twin(thing).path("_revision").asLong();
    final List<String> ids = new ArrayList<>();
    for (long from = 1; from <= revision; from += 1000) {
      final JsonNode events =
          gateway.result(
              "twin_getHistory",
              "[\"" + thing + "\", " + from + ", " + Math.min(revision, from + 999) + "]");
      for (final JsonNode event : events) {
        if (event.path("type").asText().equals("featurePropertiesModified")) {
          ids.add(event.path("messageId").asText());
        }
      }
    }
    return ids;
  }
}
