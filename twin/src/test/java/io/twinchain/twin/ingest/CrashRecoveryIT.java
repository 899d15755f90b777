/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.events.FeaturePropertiesModified;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.testsupport.FreePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 QoS-1 messages while the ingesting JVM is killed with SIGKILL and restarted twice
 * mid-stream: afterwards every message the broker acknowledged is in the twin history exactly once.
 */
class CrashRecoveryIT {

  static final int MESSAGES = 10_000;
  static final String[] TOPICS = {
    "twinchain/gw1/pump-1/telemetry",
    "twinchain/gw1/valve-1/telemetry",
    "twinchain/gw2/meter-1/telemetry"
  };

  /** The ingestion JVM and the latest durable count it reported. */
  static final class Ingester {
    final Process process;
    final AtomicLong applied = new AtomicLong(-1);
    final CountDownLatch ready = new CountDownLatch(1);

    Ingester(final String brokerUrl, final Path dataDir, final Path log) throws IOException {
      process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--enable-native-access=ALL-UNNAMED",
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  IngestionProcess.class.getName(),
                  brokerUrl,
                  dataDir.toString())
              .redirectError(log.toFile())
              .start();
      Thread.ofPlatform().daemon().start(this::readOutput);
    }

    private void readOutput() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.equals("READY")) {
            ready.countDown();
          } else if (line.startsWith("APPLIED ")) {
            applied.set(Long.parseLong(line.substring(8)));
          }
        }
      } catch (IOException e) {
        // The process was killed.
      }
    }

    void awaitReady() throws InterruptedException {
      assertThat(ready.await(60, TimeUnit.SECONDS)).as("ingester became ready").isTrue();
    }

    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no disconnect.
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void everyAcknowledgedMessageIsInTheHistoryExactlyOnce(
      @TempDir final Path brokerDir, @TempDir final Path dataDir, @TempDir final Path logs)
      throws Exception {
    final List<Ingester> started = new ArrayList<>();
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                brokerDir, "127.0.0.1", FreePort.next(), Optional.empty(), Optional.empty());
        TelemetryPublisher publisher = new TelemetryPublisher(broker.url(), "publisher", 200)) {
      started.add(new Ingester(broker.url(), dataDir, logs.resolve("ingester-0.log")));
      started.get(0).awaitReady();
      for (int i = 0; i < MESSAGES; i++) {
        publisher.publish(TOPICS[i % TOPICS.length], "{\"n\": " + i + "}", "c-" + i);
        if (i == 3_000 || i == 6_500) {
          started.get(started.size() - 1).kill();
          started.add(
              new Ingester(
                  broker.url(), dataDir, logs.resolve("ingester-" + started.size() + ".log")));
        }
      }
      publisher.flush();
      final Ingester last = started.get(started.size() - 1);
      final long expected = MESSAGES + TOPICS.length; // plus one creation event per twin
      final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (last.applied.get() != expected && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(last.applied.get()).isEqualTo(expected);
      assertThat(started).as("killed twice mid-stream").hasSize(3);
    } finally {
      for (Ingester ingester : started) {
        ingester.kill();
      }
    }
    assertHistoryHoldsEveryMessageOnce(dataDir);
  }

  private static void assertHistoryHoldsEveryMessageOnce(final Path dataDir) {
    try (KeyValueStore storage = RocksDbKeyValueStore.open(dataDir)) {
      final TwinStore store = new KeyValueTwinStore(storage, RetentionPolicy.keepAll());
      final List<String> applied = new ArrayList<>();
      for (ThingId thing : IngestionProcess.THINGS) {
        final long revision = store.get(thing).orElseThrow().revision();
        for (TwinEvent event : store.history(thing, 1, revision)) {
          if (event instanceof FeaturePropertiesModified modified) {
            applied.add(modified.metadata().messageId().value());
          }
        }
      }
      final Set<String> expected = new HashSet<>();
      for (int i = 0; i < MESSAGES; i++) {
        expected.add("c-" + i);
      }
      assertThat(applied).hasSize(MESSAGES).doesNotHaveDuplicates();
      assertThat(new HashSet<>(applied)).isEqualTo(expected);
    }
  }
}
