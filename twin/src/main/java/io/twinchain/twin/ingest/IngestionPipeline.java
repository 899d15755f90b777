/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.mapping.PayloadMapper;
import io.twinchain.twin.metrics.TwinMetrics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.registry.DeviceRegistry;
import io.twinchain.twin.store.TwinStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gateway's twin writers: decodes each MQTT publish on the submitting thread and hands every
 * device message to the {@link WriterLane} that owns its twin (by device id, so a twin's events
 * stay in order on one lane). Each lane group-commits on its own; a publish is acknowledged only
 * when every lane holding a part of it has made that part durable.
 */
public final class IngestionPipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestionPipeline.class);

  private final DeviceMessageDecoder decoder;
  private final List<WriterLane> lanes;

  /**
   * A pipeline with {@link IngestionConfig#DEFAULT_WRITER_LANES} lanes.
   *
   * @see #IngestionPipeline(TwinStore, DeviceRegistry, PayloadMapper, PayloadLimits, DeviceChannel,
   *     TwinMetrics, Clock, int, int)
   */
  public IngestionPipeline(
      final TwinStore store,
      final DeviceRegistry registry,
      final PayloadMapper mapper,
      final PayloadLimits limits,
      final DeviceChannel channel,
      final TwinMetrics metrics,
      final Clock clock,
      final int maxBatch) {
    this(
        store,
        registry,
        mapper,
        limits,
        channel,
        metrics,
        clock,
        maxBatch,
        IngestionConfig.DEFAULT_WRITER_LANES);
  }

  /**
   * @param store where twins live
   * @param registry which devices are admitted
   * @param mapper payload mapping
   * @param limits payload bounds
   * @param channel the way back to devices
   * @param metrics counters
   * @param clock event time
   * @param maxBatch most messages per group commit of one lane
   * @param writerLanes how many lanes apply and commit in parallel (at least 1)
   */
  public IngestionPipeline(
      final TwinStore store,
      final DeviceRegistry registry,
      final PayloadMapper mapper,
      final PayloadLimits limits,
      final DeviceChannel channel,
      final TwinMetrics metrics,
      final Clock clock,
      final int maxBatch,
      final int writerLanes) {
    if (writerLanes < 1) {
      throw new IllegalArgumentException("at least one writer lane, got " + writerLanes);
    }
    this.decoder = new DeviceMessageDecoder(limits);
    final BatchProcessor processor =
        new BatchProcessor(new DeviceMessageHandler(registry, mapper), channel, metrics);
    this.lanes =
        IntStream.range(0, writerLanes)
            .mapToObj(i -> new WriterLane(i, store, processor, metrics, clock, maxBatch))
            .toList();
  }

  /** Starts the writer lanes. */
  public void start() {
    lanes.forEach(WriterLane::start);
  }

  /**
   * Queues an MQTT publish; {@code acknowledge} runs once its outcome (events, duplicates or
   * errors) is durable on every lane it touches. Blocks while a lane is full, which pushes back on
   * the broker. Call from one thread (the transport's), so that arrival order is kept.
   */
  public void submit(final InboundMessage message, final Runnable acknowledge) {
    final Map<Integer, List<Decoded>> parts = new TreeMap<>();
    for (Decoded decoded : decode(message)) {
      parts.computeIfAbsent(laneOf(decoded), lane -> new ArrayList<>()).add(decoded);
    }
    if (parts.isEmpty()) {
      parts.put(0, List.of());
    }
    final Runnable part = new PartAcknowledgement(parts.size(), acknowledge);
    parts.forEach(
        (lane, decoded) ->
            lanes.get(lane).enqueue(new Work.Publish(message.topic(), decoded, part)));
  }

  /** Queues an operator command; completes with the thing after it, or a rejection. */
  public CompletableFuture<Thing> execute(final TwinCommand command, final MessageId messageId) {
    final Work.Command work = new Work.Command(command, messageId, new CompletableFuture<>());
    lanes.get(laneOf(command.thingId().name())).enqueue(work);
    return work.result();
  }

  /**
   * A poison message must not stop the gateway: an unexpected failure while decoding one publish is
   * logged and reported to the sender.
   */
  private List<Decoded> decode(final InboundMessage message) {
    try {
      return decoder.decode(message);
    } catch (RuntimeException e) {
      LOG.error("Could not decode a publish on {}", message.topic(), e);
      return List.of(DeviceMessageDecoder.unprocessable(message.topic(), e));
    }
  }

  /** A twin's lane follows from its device id, which is the name of its thing id. */
  private int laneOf(final Decoded decoded) {
    final Optional<DeviceId> device =
        switch (decoded) {
          case Decoded.Accepted accepted -> Optional.of(accepted.message().deviceId());
          case Decoded.Refused refused -> refused.target().device();
        };
    return device.map(id -> laneOf(id.value())).orElse(0);
  }

  private int laneOf(final String deviceId) {
    return Math.floorMod(deviceId.hashCode(), lanes.size());
  }

  /** Whether every lane still accepts work (false after a storage failure or close). */
  public boolean isRunning() {
    return lanes.stream().allMatch(WriterLane::isRunning);
  }

  @Override
  public void close() {
    lanes.forEach(WriterLane::close);
  }
}
