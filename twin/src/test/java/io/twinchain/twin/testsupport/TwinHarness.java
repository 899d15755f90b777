/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.twin.ingest.IngestionConfig;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.ingest.TwinIngestionService;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.mqtt.MqttTransport;
import io.twinchain.twin.mqtt.PahoV3Transport;
import io.twinchain.twin.mqtt.PahoV5Transport;
import io.twinchain.twin.registry.DeviceRegistry;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A gateway's twin service as the node would wire it: RocksDB store on disk, the test registry, and
 * a Paho transport subscribed for gateways {@code gw1} and {@code gw2}.
 */
public final class TwinHarness implements AutoCloseable {

  /** Which Paho client the ingestion uses. */
  public enum Protocol {
    MQTT_5,
    MQTT_3_1_1
  }

  private final KeyValueStore storage;
  private final TwinIngestionService service;
  private final CountingTwinMetrics metrics = new CountingTwinMetrics();

  /**
   * Opens the store under {@code dataDir} and starts ingesting from {@code brokerUrl}.
   *
   * @param settings adjusts the default anonymous settings (credentials, TLS)
   */
  public TwinHarness(
      final Path dataDir,
      final String brokerUrl,
      final Protocol protocol,
      final DeviceRegistry registry,
      final Function<MqttSettings, MqttSettings> settings) {
    this.storage = RocksDbKeyValueStore.open(dataDir);
    final TwinStore store = new KeyValueTwinStore(storage, RetentionPolicy.keepAll());
    final List<String> subscriptions = new ArrayList<>(Topics.subscriptions(TestDevices.GW1));
    subscriptions.addAll(Topics.subscriptions(TestDevices.GW2));
    final MqttSettings mqtt =
        settings.apply(MqttSettings.anonymous(brokerUrl, "twinchain-ingest-test", subscriptions));
    final MqttTransport transport =
        protocol == Protocol.MQTT_5 ? new PahoV5Transport(mqtt) : new PahoV3Transport(mqtt);
    this.service =
        new TwinIngestionService(
            IngestionConfig.defaults(), store, registry, transport, metrics, Clock.systemUTC());
    service.start();
  }

  /** Anonymous MQTT 5 ingestion with the test registry. */
  public TwinHarness(final Path dataDir, final String brokerUrl) {
    this(dataDir, brokerUrl, Protocol.MQTT_5, TestDevices.registry(), s -> s);
  }

  /** The running service. */
  public TwinIngestionService service() {
    return service;
  }

  /** The store. */
  public TwinStore store() {
    return service.store();
  }

  /** The counters. */
  public CountingTwinMetrics metrics() {
    return metrics;
  }

  /** Waits until the thing satisfies {@code condition}. */
  public Thing awaitThing(
      final ThingId thingId, final Predicate<Thing> condition, final Duration timeout)
      throws InterruptedException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    Optional<Thing> thing = Optional.empty();
    while (System.nanoTime() < deadline) {
      thing = store().get(thingId);
      if (thing.isPresent() && condition.test(thing.get())) {
        return thing.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("thing " + thingId + " never matched; last " + thing);
  }

  @Override
  public void close() {
    service.close();
    storage.close();
  }
}
