/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.mapping.ConfiguredPayloadMapper;
import io.twinchain.twin.metrics.TwinMetrics;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import io.twinchain.twin.mqtt.MqttTransport;
import io.twinchain.twin.registry.DeviceRegistry;
import io.twinchain.twin.store.TwinStore;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A gateway's twin service: MQTT ingestion into the store, and the operator side ({@link
 * #setDesired}). Lifecycle: construct, {@link #start()}, {@link #close()}; the store and the
 * transport's broker outlive it.
 */
public final class TwinIngestionService implements AutoCloseable {

  private final TwinStore store;
  private final MqttTransport transport;
  private final IngestionPipeline pipeline;

  /**
   * @param config limits, mapping, batch size
   * @param store where twins live
   * @param registry which devices are admitted
   * @param transport the broker connection (MQTT 5 or 3.1.1)
   * @param metrics counters
   * @param clock event time
   */
  public TwinIngestionService(
      final IngestionConfig config,
      final TwinStore store,
      final DeviceRegistry registry,
      final MqttTransport transport,
      final TwinMetrics metrics,
      final Clock clock) {
    this.store = store;
    this.transport = transport;
    this.pipeline =
        new IngestionPipeline(
            store,
            registry,
            new ConfiguredPayloadMapper(config.mapping()),
            config.limits(),
            transport,
            metrics,
            clock,
            config.maxBatch(),
            config.writerLanes());
  }

  /** Starts the writer, then connects to the broker and starts consuming. */
  public void start() {
    pipeline.start();
    transport.start(pipeline::submit);
  }

  /**
   * Merges {@code properties} into the desired properties of a feature; once durable, the device
   * receives the new delta (retained) on its {@code delta} topic.
   *
   * @return the thing after the change; fails with {@link CommandRejectedException} if the thing
   *     does not exist or the patch is empty
   */
  public CompletableFuture<Thing> setDesired(
      final ThingId thingId, final FeatureId featureId, final JsonObject properties) {
    return pipeline.execute(
        new SetDesiredProperties(thingId, featureId, properties),
        new MessageId("op:" + UUID.randomUUID()));
  }

  /**
   * Merges {@code properties} into a feature's reported properties on the gateway's own behalf,
   * e.g. a condition it computed from the device's telemetry: one event with its own revision,
   * written through the same writer lane as the device's messages.
   *
   * @return the thing after the change; fails with {@link CommandRejectedException} if the thing
   *     does not exist or the patch is empty
   */
  public CompletableFuture<Thing> modifyFeatureProperties(
      final ThingId thingId, final FeatureId featureId, final JsonObject properties) {
    return pipeline.execute(
        new ModifyFeatureProperties(thingId, featureId, properties),
        new MessageId("gw:" + UUID.randomUUID()));
  }

  /** The store the service writes; reads are safe from any thread. */
  public TwinStore store() {
    return store;
  }

  /** Whether ingestion is healthy (false after a storage failure). */
  public boolean isRunning() {
    return pipeline.isRunning();
  }

  /** Stops consuming (unacknowledged messages stay with the broker), then stops the writer. */
  @Override
  public void close() {
    transport.close();
    pipeline.close();
  }
}
