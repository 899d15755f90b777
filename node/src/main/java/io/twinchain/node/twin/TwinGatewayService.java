/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.RocksDbKeyValueStore;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.rpc.methods.twin.TwinQueries;
import io.twinchain.node.twin.anchor.AnchorPorts;
import io.twinchain.node.twin.anchor.AnchorProof;
import io.twinchain.node.twin.anchor.AnchorRecords;
import io.twinchain.node.twin.anchor.AnchorTransactions;
import io.twinchain.node.twin.anchor.TwinAnchorer;
import io.twinchain.node.twin.operator.AuthorizationResult;
import io.twinchain.node.twin.operator.OperatorAuthorizer;
import io.twinchain.node.twin.operator.OperatorNonces;
import io.twinchain.node.twin.operator.SetDesiredMessage;
import io.twinchain.twin.broker.BrokerAccess;
import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.ingest.IngestionConfig;
import io.twinchain.twin.ingest.TwinIngestionService;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.mqtt.PahoV5Transport;
import io.twinchain.twin.registry.DeviceRegistry;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.store.TwinWriteBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;

/**
 * A gateway node's twins, wired: the twin database in {@code <data-path>/twins} (its own RocksDB),
 * the embedded HiveMQ broker under {@code <data-path>/mqtt} unless an external broker is
 * configured, MQTT ingestion, rejection counters on the node's metrics, operator checks, and
 * anchoring when the node has a transaction pool.
 *
 * <p>The twins get their own RocksDB instead of columns in the ledger's: ingestion fsyncs a group
 * commit for every batch of device messages, and a separate database keeps those syncs (and twin
 * compactions) off the ledger's write-ahead log; twins can also be dropped or restored without
 * touching the chain.
 */
public final class TwinGatewayService implements TwinQueries, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TwinGatewayService.class);

  private final KeyValueStore storage;
  private final ObservedTwinStore store;
  private final Optional<EmbeddedHiveMqBroker> broker;
  private final TwinIngestionService ingestion;
  private final OperatorAuthorizer operators;
  private final Optional<TwinAnchorer> anchorer;
  private final long chainId;
  private final GatewayId gateway;

  /** Opens the store and the broker; {@link #start()} begins ingesting. */
  public TwinGatewayService(
      final TwinGatewayConfig config,
      final Path dataPath,
      final NodeKey key,
      final long chainId,
      final MetricsSystem metrics,
      final Optional<AnchorPorts> anchoring) {
    this.chainId = chainId;
    this.gateway = new GatewayId(config.gatewayId().orElse(key.address().substring(2)));
    this.storage = RocksDbKeyValueStore.open(dataPath.resolve("twins"));
    this.store =
        new ObservedTwinStore(
            new KeyValueTwinStore(
                storage, new RetentionPolicy(config.retainRevisions(), config.retainFor())));
    final StaticDeviceRegistry devices = GatewayDevices.load(config.devicesFile(), gateway);
    final IngestAccount account = IngestAccount.generate(gateway);
    final Optional<BrokerAccess> access =
        config.externalBroker().isPresent()
            ? Optional.empty()
            : account.access(devices, config.deviceTls().isPresent());
    this.broker =
        config.externalBroker().isPresent()
            ? Optional.empty()
            : Optional.of(
                EmbeddedHiveMqBroker.start(
                    dataPath.resolve("mqtt"),
                    config.embeddedBrokerHost(),
                    config.embeddedBrokerPort(),
                    config.deviceTls(),
                    access));
    final String url =
        config.externalBroker().map(Object::toString).orElseGet(() -> broker.orElseThrow().url());
    this.ingestion =
        new TwinIngestionService(
            IngestionConfig.defaults(),
            store,
            registry(config, devices, key, anchoring),
            new PahoV5Transport(account.settings(url, gateway, access.isPresent())),
            new NodeTwinMetrics(metrics),
            Clock.systemUTC());
    this.operators =
        new OperatorAuthorizer(config.operators(), new OperatorNonces(storage), Clock.systemUTC());
    this.anchorer = anchoring.map(ports -> anchorer(config, key, ports));
    anchorer.ifPresent(a -> store.onCommitted(a::collect));
    LOG.info("twin gateway {} using MQTT broker {}", gateway.value(), url);
  }

  /** The configured devices, and those TwinRegistry binds to this gateway if a namespace is set. */
  private DeviceRegistry registry(
      final TwinGatewayConfig config,
      final StaticDeviceRegistry devices,
      final NodeKey key,
      final Optional<AnchorPorts> chain) {
    final Optional<String> namespace = GatewayDevices.chainNamespace(config.devicesFile());
    if (namespace.isEmpty() || chain.isEmpty()) {
      return devices;
    }
    return new ChainDeviceRegistry(
        devices,
        chain.get().headCall(),
        chain.get().chainEvents(),
        new Address(key.address()),
        gateway,
        namespace.get());
  }

  private TwinAnchorer anchorer(
      final TwinGatewayConfig config, final NodeKey key, final AnchorPorts ports) {
    return new TwinAnchorer(
        new AnchorRecords(storage),
        new AnchorTransactions(ports.chainId(), Credentials.create(key.privateKeyHex())),
        ports,
        new SlotClock(ports.genesisTime(), config.slotLength(), Clock.systemUTC()));
  }

  /** Starts ingestion, then anchoring. */
  public void start() {
    ingestion.start();
    anchorer.ifPresent(TwinAnchorer::start);
  }

  /**
   * Writes the gateway's own observations (the offload runtime's {@code condition}) into a twin, as
   * an event with a revision like any device message.
   */
  public CompletableFuture<Thing> modifyFeatureProperties(
      final ThingId thingId, final FeatureId featureId, final JsonObject properties) {
    return ingestion.modifyFeatureProperties(thingId, featureId, properties);
  }

  /** The gateway id in MQTT topics. */
  public GatewayId gateway() {
    return gateway;
  }

  @Override
  public void onCommitted(final Consumer<TwinWriteBatch> listener) {
    store.onCommitted(listener);
  }

  @Override
  public TwinStore twins() {
    return store;
  }

  @Override
  public long chainId() {
    return chainId;
  }

  @Override
  public AuthorizationResult authorize(final SetDesiredMessage message, final String signature) {
    return operators.authorize(message, signature);
  }

  @Override
  public CompletableFuture<Thing> setDesired(
      final ThingId thingId, final FeatureId feature, final JsonObject properties) {
    return ingestion.setDesired(thingId, feature, properties);
  }

  @Override
  public Optional<AnchorProof> proof(final ThingId thingId, final long revision) {
    return anchorer.flatMap(a -> a.proof(thingId, revision));
  }

  @Override
  public void close() {
    anchorer.ifPresent(TwinAnchorer::close);
    ingestion.close();
    broker.ifPresent(EmbeddedHiveMqBroker::close);
    storage.close();
  }
}
