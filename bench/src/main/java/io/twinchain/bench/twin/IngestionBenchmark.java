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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
 * counted once its event is committed. {@code publishers} concurrent publishers (one MQTT
 * connection and thread each, each owning a disjoint set of devices) share every burst, so the
 * broker's pass-through scales with them too; {@code writerLanes} is the gateway's number of
 * parallel twin writers; {@code batchDevices} is how many devices one gateway-batch message
 * updates.
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
  private final List<TelemetryPublisher> publishers = new ArrayList<>();
  private ExecutorService publishing;
  private long sequence;

  /** Concurrent publishers, each with its own connection and thread. */
  @Param({"4"})
  public int publisherCount;

  /** Parallel twin writer lanes of the gateway. */
  @Param({"4"})
  public int writerLanes;

  /** Devices (twin updates) per gateway-batch message. */
  @Param({"100"})
  public int batchDevices;

  /** Twin updates per batch invocation ({@value}). */
  private static final int BATCH_UPDATES = 50_000;

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
            IngestionConfig.defaults().withWriterLanes(writerLanes),
            new KeyValueTwinStore(storage, RetentionPolicy.keepAll()),
            BenchDevices.registry(),
            new PahoV5Transport(
                MqttSettings.anonymous(
                    broker.url(), "bench-ingest", Topics.subscriptions(BenchDevices.GATEWAY))),
            metrics,
            Clock.systemUTC());
    ingestion.start();
    counter = new CountingSubscriber(broker.url(), "twinchain/" + PASS_THROUGH.value() + "/#");
    for (int p = 0; p < publisherCount; p++) {
      publishers.add(new TelemetryPublisher(broker.url(), "bench-publisher-" + p, 1_000));
    }
    publishing = Executors.newFixedThreadPool(publisherCount);
    createTwins();
  }

  /** Creates every device's twin first, so each update measured is one committed event. */
  private void createTwins() {
    final long target = BenchDevices.DEVICES * 2L;
    final TelemetryPublisher first = publishers.getFirst();
    first.publish(
        Topics.batch(BenchDevices.GATEWAY),
        BenchDevices.batchPayload(0, 0, BenchDevices.DEVICES),
        "warm");
    first.flush();
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
  public long ingestIntoTwins() throws Exception {
    final long target = committed() + BenchDevices.MESSAGES;
    publishBurst(BenchDevices.GATEWAY);
    return BenchDevices.await(this::committed, target);
  }

  /** The same burst through the same broker to a subscriber that only counts. */
  @Benchmark
  @OperationsPerInvocation(BenchDevices.MESSAGES)
  public long brokerPassThrough() throws Exception {
    final long target = counter.count() + BenchDevices.MESSAGES;
    publishBurst(PASS_THROUGH);
    return BenchDevices.await(counter::count, target);
  }

  /** Gateway-batch messages, each updating every device's twin once. */
  @Benchmark
  @OperationsPerInvocation(BATCH_UPDATES)
  public long ingestBatchesIntoTwins() throws Exception {
    final long target = committed() + BATCH_UPDATES;
    publishBatches(BenchDevices.GATEWAY);
    return BenchDevices.await(this::committed, target);
  }

  /** The same batch messages to the counting subscriber; device updates per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH_UPDATES)
  public long brokerPassThroughBatches() throws Exception {
    final long target = counter.count() + BATCH_UPDATES / batchDevices;
    publishBatches(PASS_THROUGH);
    return BenchDevices.await(counter::count, target);
  }

  private void publishBatches(final GatewayId gateway) throws Exception {
    final int messages = BATCH_UPDATES / batchDevices;
    publishInParallel(
        messages,
        n ->
            new Publish(
                Topics.batch(gateway),
                BenchDevices.batchPayload(
                    n, (int) (n * batchDevices % BenchDevices.DEVICES), batchDevices)));
  }

  private void publishBurst(final GatewayId gateway) throws Exception {
    publishInParallel(
        BenchDevices.MESSAGES,
        n -> new Publish(BenchDevices.topic(gateway, n), BenchDevices.payload(n)));
  }

  private record Publish(String topic, String json) {}

  /**
   * Publishes messages {@code sequence … sequence + count - 1}; message {@code n} goes through
   * publisher {@code n % publisherCount}, so every device is fed by one publisher, in order.
   */
  private void publishInParallel(final int count, final LongFunction<Publish> message)
      throws Exception {
    final long base = sequence;
    sequence += count;
    final List<Future<?>> done = new ArrayList<>();
    for (int p = 0; p < publisherCount; p++) {
      final TelemetryPublisher publisher = publishers.get(p);
      final int offset = p;
      done.add(
          publishing.submit(
              () -> {
                for (long n = base + offset; n < base + count; n += publisherCount) {
                  final Publish publish = message.apply(n);
                  publisher.publish(publish.topic(), publish.json(), "b-" + n);
                }
                publisher.flush();
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }
  }

  /** Stops everything and deletes the data. */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    publishers.forEach(TelemetryPublisher::close);
    publishing.shutdown();
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
