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
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.mqtt.PahoV5Transport;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * Scores are twin updates per second: one per telemetry message, and {@value BenchDevices#DEVICES}
 * per gateway-batch message (the pass-through of batches counts the same device updates, so its
 * messages per second are the score divided by {@value BenchDevices#DEVICES}). A twin update is
 * counted once its event is committed.
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

  private static final GatewayId PASS_THROUGH = new GatewayId("bench-pass");

  private Path directory;
  private EmbeddedHiveMqBroker broker;
  private KeyValueStore storage;
  private TwinIngestionService ingestion;
  private final CountingTwinMetrics metrics = new CountingTwinMetrics();
  private CountingSubscriber counter;
  private TelemetryPublisher publisher;
  private long sequence;

  /** Twin updates per batch invocation ({@value}): 500 messages of every device. */
  private static final int BATCH_UPDATES = 500 * BenchDevices.DEVICES;

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
    ingestion =
        new TwinIngestionService(
            IngestionConfig.defaults(),
            new KeyValueTwinStore(storage, RetentionPolicy.keepAll()),
            BenchDevices.registry(),
            new PahoV5Transport(
                MqttSettings.anonymous(
                    broker.url(), "bench-ingest", Topics.subscriptions(BenchDevices.GATEWAY))),
            metrics,
            Clock.systemUTC());
    ingestion.start();
    counter = new CountingSubscriber(broker.url(), "twinchain/" + PASS_THROUGH.value() + "/#");
    publisher = new TelemetryPublisher(broker.url(), "bench-publisher", 1_000);
    createTwins();
  }

  /** Creates every device's twin first, so each update measured is one committed event. */
  private void createTwins() {
    final long target = BenchDevices.DEVICES * 2L;
    publisher.publish(Topics.batch(BenchDevices.GATEWAY), BenchDevices.batchPayload(0), "warm");
    try {
      BenchDevices.await(this::committed, target);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the twins", e);
    }
    sequence = 1;
  }

  private long committed() {
    return metrics.total(TwinCounter.EVENTS_COMMITTED);
  }

  /** Publishes to the gateway's devices and waits until every message is a durable twin event. */
  @Benchmark
  @OperationsPerInvocation(BenchDevices.MESSAGES)
  public long ingestIntoTwins() throws InterruptedException {
    final long target = committed() + BenchDevices.MESSAGES;
    publishBurst(BenchDevices.GATEWAY);
    return BenchDevices.await(this::committed, target);
  }

  /** The same burst through the same broker to a subscriber that only counts. */
  @Benchmark
  @OperationsPerInvocation(BenchDevices.MESSAGES)
  public long brokerPassThrough() throws InterruptedException {
    final long target = counter.count() + BenchDevices.MESSAGES;
    publishBurst(PASS_THROUGH);
    return BenchDevices.await(counter::count, target);
  }

  /** Gateway-batch messages, each updating every device's twin once. */
  @Benchmark
  @OperationsPerInvocation(BATCH_UPDATES)
  public long ingestBatchesIntoTwins() throws InterruptedException {
    final long target = committed() + BATCH_UPDATES;
    publishBatches(BenchDevices.GATEWAY);
    return BenchDevices.await(this::committed, target);
  }

  /** The same batch messages to the counting subscriber; device updates per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH_UPDATES)
  public long brokerPassThroughBatches() throws InterruptedException {
    final long target = counter.count() + BATCH_UPDATES / BenchDevices.DEVICES;
    publishBatches(PASS_THROUGH);
    return BenchDevices.await(counter::count, target);
  }

  private void publishBatches(final GatewayId gateway) {
    for (int i = 0; i < BATCH_UPDATES / BenchDevices.DEVICES; i++) {
      final long n = sequence++;
      publisher.publish(Topics.batch(gateway), BenchDevices.batchPayload(n), "b-" + n);
    }
    publisher.flush();
  }

  private void publishBurst(final GatewayId gateway) {
    for (int i = 0; i < BenchDevices.MESSAGES; i++) {
      final long n = sequence++;
      publisher.publish(BenchDevices.topic(gateway, n), BenchDevices.payload(n), "b-" + n);
    }
    publisher.flush();
  }

  /** Stops everything and deletes the data. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    publisher.close();
    counter.close();
    ingestion.close();
    storage.close();
    broker.close();
    BenchDevices.delete(directory);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
