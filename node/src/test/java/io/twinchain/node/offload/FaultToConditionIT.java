/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.node.offload.bench.LoopbackOffloadPair;
import io.twinchain.node.offload.device.VibrationDevice;
import io.twinchain.node.offload.gateway.ConditionFeature;
import io.twinchain.node.offload.gateway.GatewayOffloadService;
import io.twinchain.node.offload.gateway.PartitionRecord;
import io.twinchain.node.offload.gateway.SlotLoopPorts;
import io.twinchain.offload.machinery.MachineCondition;
import io.twinchain.offload.machinery.MachineProfile;
import io.twinchain.offload.machinery.MachineState;
import io.twinchain.offload.machinery.SimulatedMachine;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.events.FeaturePropertiesModified;
import io.twinchain.twin.ingest.IngestionConfig;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.ingest.TwinIngestionService;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.mqtt.PahoV5Transport;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's live check: a simulated pump publishes vibration windows over a real MQTT broker
 * (embedded HiveMQ) into a gateway's twin store on RocksDB; the gateway offloads each slot's
 * windows to an AP node over mutual-TLS P2P at the classifier's middle cut; an inner-race fault
 * injected into the simulated machine shows up as the twin's {@code condition}, written as a twin
 * event with its own revision.
 */
class FaultToConditionIT {
  private static final GatewayId GATEWAY = new GatewayId("gw1");
  private static final DeviceId DEVICE = new DeviceId("pump-7");
  private static final ThingId THING = new ThingId("plant", "pump-7");
  private static final Duration SLOW = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void anInjectedFaultBecomesTheTwinsCondition() throws Exception {
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                dir.resolve("broker"),
                "127.0.0.1",
                freePort(),
                Optional.empty(),
                Optional.empty());
        RocksDbKeyValueStore storage = RocksDbKeyValueStore.open(dir.resolve("twins"));
        LoopbackOffloadPair pair = new LoopbackOffloadPair(dir.resolve("p2p"))) {
      final TwinStore store = new KeyValueTwinStore(storage, RetentionPolicy.keepAll());
      final StaticDeviceRegistry registry =
          new StaticDeviceRegistry(
              List.of(new DeviceRegistration(DEVICE, GATEWAY, "plant", Optional.empty())));
      try (TwinIngestionService twins =
              new TwinIngestionService(
                  IngestionConfig.defaults(),
                  store,
                  registry,
                  new PahoV5Transport(
                      MqttSettings.anonymous(
                          broker.url(), "twinchain-ingest-gw1", Topics.subscriptions(GATEWAY))),
                  new CountingTwinMetrics(),
                  Clock.systemUTC());
          OffloadNodeServices ap = new OffloadNodeServices(config(Optional.empty()));
          OffloadNodeServices gateway =
              new OffloadNodeServices(config(Optional.of(pair.ap().id())));
          VibrationDevice device =
              new VibrationDevice(
                  new SimulatedMachine(MachineProfile.PUMP_MOTOR, 3),
                  new TelemetryPublisher(broker.url(), "pump-7", 8),
                  GATEWAY,
                  DEVICE)) {
        twins.start();
        ap.startAp(pair.ap().requests());
        pair.connect();
        final GatewayOffloadService loop =
            gateway.startGateway(
                pair.gateway().requests(),
                store,
                twins::modifyFeatureProperties,
                SlotLoopPorts.standalone(
                    new SlotClock(Instant.EPOCH, Duration.ofMillis(200), Clock.systemUTC())));

        awaitWhilePublishing(
            device, "a healthy condition", () -> conditionOf(store).equals("healthy"));

        device.setState(new MachineState(MachineCondition.INNER_RACE_FAULT, 0.7));
        awaitWhilePublishing(
            device, "the fault", () -> conditionOf(store).equals("inner_race_fault"));

        final Thing thing = store.get(THING).orElseThrow();
        assertThat(
                store.history(THING, 1, thing.revision()).stream()
                    .filter(FeaturePropertiesModified.class::isInstance)
                    .map(FeaturePropertiesModified.class::cast)
                    .filter(event -> event.featureId().equals(ConditionFeature.ID)))
            .isNotEmpty();
        final PartitionRecord latest = loop.history().latest(THING).orElseThrow();
        assertThat(latest.assignment().cut()).isEqualTo(5);
        assertThat(latest.assignment().ap()).isEqualTo(pair.ap().id());
        assertThat(loop.failures()).isZero();
        assertThat(thing.feature(ConditionFeature.ID).orElseThrow().properties().get("confidence"))
            .hasValueSatisfying(value -> assertThat(value.doubleValue()).isGreaterThan(0.5));
      }
    }
  }

  /**
   * Publishes a window every half second, as the machine would, until {@code condition} holds: a
   * single window may arrive before the gateway's first slot has an AP connection to use.
   */
  private static void awaitWhilePublishing(
      final VibrationDevice device, final String what, final BooleanSupplier condition) {
    final long[] lastPublish = {0};
    await(
        what,
        SLOW,
        () -> {
          if (System.nanoTime() - lastPublish[0] > 500_000_000L) {
            device.publishWindow();
            lastPublish[0] = System.nanoTime();
          }
          return condition.getAsBoolean();
        });
  }

  private static String conditionOf(final TwinStore store) {
    return store
        .get(THING)
        .flatMap(thing -> thing.feature(ConditionFeature.ID))
        .flatMap(feature -> feature.properties().get("class"))
        .map(value -> value.asText())
        .orElse("");
  }

  private static OffloadConfig config(final Optional<io.twinchain.node.keys.NodeId> ap) {
    final OffloadConfig defaults = OffloadConfig.defaults();
    return new OffloadConfig(
        Path.of("..", "offload", "models"),
        defaults.modelId(),
        5,
        ap,
        Duration.ofMillis(200),
        Optional.empty(),
        Optional.empty(),
        1.0,
        64);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
