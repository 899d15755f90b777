/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import io.twinchain.node.rpc.methods.twin.TwinQueries;
import io.twinchain.node.twin.ObservedTwinStore;
import io.twinchain.node.twin.anchor.AnchorProof;
import io.twinchain.node.twin.anchor.AnchorRecord;
import io.twinchain.node.twin.anchor.AnchorRecords;
import io.twinchain.node.twin.anchor.AnchorStatus;
import io.twinchain.node.twin.operator.AuthorizationResult;
import io.twinchain.node.twin.operator.OperatorAuthorizer;
import io.twinchain.node.twin.operator.OperatorNonces;
import io.twinchain.node.twin.operator.SetDesiredMessage;
import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.MerkleTree;
import io.twinchain.twin.events.CommandResult;
import io.twinchain.twin.events.EventStrategies;
import io.twinchain.twin.events.TwinCommandHandler;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.ingest.CommandRejectedException;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyAttributes;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.SetDesiredProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.store.TwinWriteBatch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Credentials;

/**
 * Twin queries over a fixed in-memory twin store for golden files: {@code plant:pump-1} (three
 * revisions) and {@code plant:valve-1} (two), both anchored in slot 7, mined in block 12; the clock
 * stands at {@link #NOW}. DEV-ONLY KEY: {@link #OPERATOR} is derived from fixed bytes.
 */
public final class TwinFixture implements TwinQueries {

  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  public static final Instant NOW = T0.plusSeconds(3600);
  public static final long CHAIN_ID = 1337;
  public static final Credentials OPERATOR = Credentials.create("0x" + "71".repeat(32));
  public static final String GATEWAY_ACCOUNT = "0x" + "ab".repeat(20);

  private final InMemoryKeyValueStore storage = new InMemoryKeyValueStore();
  private final ObservedTwinStore store =
      new ObservedTwinStore(new KeyValueTwinStore(storage, RetentionPolicy.keepAll()));
  private final AnchorRecords anchors = new AnchorRecords(storage);
  private final OperatorAuthorizer authorizer =
      new OperatorAuthorizer(
          List.of(OPERATOR.getAddress()),
          new OperatorNonces(storage),
          Clock.fixed(NOW, ZoneOffset.UTC));
  private int messages;

  public TwinFixture() {
    final ThingId pump = ThingId.of("plant:pump-1");
    final ThingId valve = ThingId.of("plant:valve-1");
    final GatewayId gateway = new GatewayId("gw1");
    execute(new CreateThing(pump, gateway, JsonObject.empty()));
    execute(new ModifyFeatureProperties(pump, FeatureId.TELEMETRY, number("temperature", 21.5)));
    execute(
        new ModifyAttributes(
            pump, JsonObject.of("model", JsonNodeFactory.instance.textNode("X1"))));
    execute(new CreateThing(valve, gateway, JsonObject.empty()));
    execute(new ModifyFeatureProperties(valve, FeatureId.TELEMETRY, number("open", 1)));
    final MerkleTree tree =
        new MerkleTree(
            List.of(
                AnchorLeaf.of(store.get(pump).orElseThrow()),
                AnchorLeaf.of(store.get(valve).orElseThrow())));
    anchors.put(
        AnchorRecord.pending(7, tree)
            .submitted(AnchorStatus.SUBMITTED, Bytes32.repeat((byte) 0x7a), Optional.empty())
            .mined(true, 12, Bytes32.repeat((byte) 0x12)),
        true);
  }

  private static JsonObject number(final String key, final double value) {
    return JsonObject.of(key, JsonNodeFactory.instance.numberNode(value));
  }

  private Optional<CommandRejectedException> execute(final TwinCommand command) {
    final Optional<Thing> current = store.get(command.thingId());
    messages++;
    final CommandResult result =
        TwinCommandHandler.handle(
            current, command, new MessageId("m" + messages), T0.plusSeconds(messages));
    if (result instanceof CommandResult.Rejected rejected) {
      return Optional.of(new CommandRejectedException(rejected.rejection()));
    }
    final TwinEvent event = ((CommandResult.Accepted) result).event();
    final TwinWriteBatch batch = new TwinWriteBatch();
    batch.add(event, EventStrategies.apply(current, event));
    store.commit(batch);
    return Optional.empty();
  }

  @Override
  public TwinStore twins() {
    return store;
  }

  @Override
  public long chainId() {
    return CHAIN_ID;
  }

  @Override
  public AuthorizationResult authorize(final SetDesiredMessage message, final String signature) {
    return authorizer.authorize(message, signature);
  }

  @Override
  public CompletableFuture<Thing> setDesired(
      final ThingId thingId, final FeatureId feature, final JsonObject properties) {
    return execute(new SetDesiredProperties(thingId, feature, properties))
        .<CompletableFuture<Thing>>map(CompletableFuture::failedFuture)
        .orElseGet(() -> CompletableFuture.completedFuture(store.get(thingId).orElseThrow()));
  }

  @Override
  public void onCommitted(final Consumer<TwinWriteBatch> listener) {
    store.onCommitted(listener);
  }

  @Override
  public Optional<AnchorProof> proof(final ThingId thingId, final long revision) {
    return anchors.proof(thingId, revision, GATEWAY_ACCOUNT);
  }
}
