/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.twin;

import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.ingest.IngestionConfig;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.ingest.TwinIngestionService;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.mqtt.PahoV5Transport;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sustained ingestion of one gateway, MQTT publish → durable twin event (acknowledged only after
 * the synced group commit), against the broker's own pass-through rate in the same run: the same
 * publisher, the same embedded HiveMQ, and a QoS-1 persistent-session subscriber that only counts.
 * Scores are messages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
public class IngestionBenchmark {

  /** Messages per benchmark invocation. */
  static final int MESSAGES = 10_000;

  static final int DEVICES = 100;
  static final GatewayId GATEWAY = new GatewayId("bench-gw");
  static final GatewayId PASS_THROUGH = new GatewayId("bench-pass");

  private Path directory;
  private EmbeddedHiveMqBroker broker;
  private KeyValueStore storage;
  private TwinIngestionService ingestion;
  private final CountingTwinMetrics metrics = new CountingTwinMetrics();
  private CountingSubscriber counter;
  private TelemetryPublisher publisher;
  private long sequence;

  /** Starts broker, RocksDB, ingestion, the counting subscriber and the publisher. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    directory = Files.createTempDirectory("twin-bench");
    broker =
        EmbeddedHiveMqBroker.start(
            directory.resolve("broker"),
            "127.0.0.1",
            freePort(),
            Optional.empty(),
            Optional.empty());
    storage = RocksDbKeyValueStore.open(directory.resolve("data"));
    final List<DeviceRegistration> devices = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      devices.add(
          new DeviceRegistration(new DeviceId("d" + d), GATEWAY, "bench", Optional.empty()));
    }
    ingestion =
        new TwinIngestionService(
            IngestionConfig.defaults(),
            new KeyValueTwinStore(storage, RetentionPolicy.keepAll()),
            new StaticDeviceRegistry(devices),
            new PahoV5Transport(
                MqttSettings.anonymous(
                    broker.url(), "bench-ingest", Topics.subscriptions(GATEWAY))),
            metrics,
            Clock.systemUTC());
    ingestion.start();
    counter = new CountingSubscriber(broker.url(), Topics.subscriptions(PASS_THROUGH).get(0));
    publisher = new TelemetryPublisher(broker.url(), "bench-publisher", 1_000);
  }

  /** Publishes to the gateway's devices and waits until every message is a durable twin event. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public long ingestIntoTwins() throws InterruptedException {
    final long target = metrics.total(TwinCounter.MESSAGES_ACCEPTED) + MESSAGES;
    publishBurst(GATEWAY);
    return await(() -> metrics.total(TwinCounter.MESSAGES_ACCEPTED), target);
  }

  /** The same burst through the same broker to a subscriber that only counts. */
  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public long brokerPassThrough() throws InterruptedException {
    final long target = counter.count() + MESSAGES;
    publishBurst(PASS_THROUGH);
    return await(counter::count, target);
  }

  private void publishBurst(final GatewayId gateway) {
    for (int i = 0; i < MESSAGES; i++) {
      final long n = sequence++;
      publisher.publish(
          Topics.telemetry(gateway, new DeviceId("d" + (n % DEVICES))),
          "{\"ts\": "
              + n
              + ", \"values\": {\"temperature\": "
              + (n % 400) / 10.0
              + ", \"rpm\": "
              + n % 3000
              + "}}",
          "b-" + n);
    }
    publisher.flush();
  }

  private static long await(final LongSupplier count, final long target)
      throws InterruptedException {
    while (count.getAsLong() < target) {
      Thread.sleep(1);
    }
    return count.getAsLong();
  }

  /** Stops everything and deletes the data. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    publisher.close();
    counter.close();
    ingestion.close();
    storage.close();
    broker.close();
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
