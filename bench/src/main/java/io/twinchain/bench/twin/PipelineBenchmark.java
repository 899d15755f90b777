/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.twin;

import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.twin.ingest.InboundMessage;
import io.twinchain.twin.ingest.IngestionPipeline;
import io.twinchain.twin.ingest.PayloadLimits;
import io.twinchain.twin.mapping.ConfiguredPayloadMapper;
import io.twinchain.twin.mapping.MappingConfig;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * The twin pipeline alone, without a broker: the same publishes handed straight to the writer, each
 * acknowledged after its synced group commit. Shows how much of the end-to-end figure the twin side
 * (decode, map, apply, JSON, RocksDB group commit) could carry on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
public class PipelineBenchmark {

  private Path directory;
  private KeyValueStore storage;
  private IngestionPipeline pipeline;
  private final LongAdder acknowledged = new LongAdder();
  private long sequence;

  /** Starts the pipeline over RocksDB on disk. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    directory = Files.createTempDirectory("twin-pipeline-bench");
    storage = RocksDbKeyValueStore.open(directory);
    pipeline =
        new IngestionPipeline(
            new KeyValueTwinStore(storage, RetentionPolicy.keepAll()),
            BenchDevices.registry(),
            new ConfiguredPayloadMapper(MappingConfig.identity()),
            PayloadLimits.defaults(),
            (topic, payload, retained) -> {},
            new CountingTwinMetrics(),
            Clock.systemUTC(),
            2048);
    pipeline.start();
  }

  /** Submits a burst and waits until every message is durable and acknowledged. */
  @Benchmark
  @OperationsPerInvocation(BenchDevices.MESSAGES)
  public long ingestWithoutBroker() throws InterruptedException {
    final long target = acknowledged.sum() + BenchDevices.MESSAGES;
    for (int i = 0; i < BenchDevices.MESSAGES; i++) {
      final long n = sequence++;
      pipeline.submit(
          new InboundMessage(
              BenchDevices.topic(BenchDevices.GATEWAY, n),
              BenchDevices.payload(n).getBytes(StandardCharsets.UTF_8),
              Optional.of("p-" + n)),
          acknowledged::increment);
    }
    return BenchDevices.await(acknowledged::sum, target);
  }

  /** Stops the pipeline and deletes the data. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    pipeline.close();
    storage.close();
    BenchDevices.delete(directory);
  }
}
