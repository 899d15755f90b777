/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import io.twinchain.node.offload.device.VibrationChunk;
import io.twinchain.twin.ingest.IngestionPipeline;
import io.twinchain.twin.ingest.PayloadLimits;
import io.twinchain.twin.mapping.ConfiguredPayloadMapper;
import io.twinchain.twin.mapping.MappingConfig;
import io.twinchain.twin.metrics.CountingTwinMetrics;
import io.twinchain.twin.model.FeatureId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.CreateThing;
import io.twinchain.twin.model.commands.ModifyFeatureProperties;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import io.twinchain.twin.store.KeyValueTwinStore;
import io.twinchain.twin.store.RetentionPolicy;
import io.twinchain.twin.store.TwinStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Windows reassembled from the durable telemetry events of a real twin store. */
class TelemetryWindowsTest {
  private static final ThingId PUMP = new ThingId("plant", "pump-1");

  private final TwinStore store =
      new KeyValueTwinStore(new InMemoryKeyValueStore(), RetentionPolicy.keepAll());
  private final IngestionPipeline pipeline =
      new IngestionPipeline(
          store,
          new StaticDeviceRegistry(List.of()),
          new ConfiguredPayloadMapper(MappingConfig.identity()),
          PayloadLimits.defaults(),
          (topic, payload, retained) -> {},
          new CountingTwinMetrics(),
          Clock.systemUTC(),
          16);
  private final AtomicInteger messages = new AtomicInteger();

  TelemetryWindowsTest() {
    pipeline.start();
  }

  @AfterEach
  void stop() {
    pipeline.close();
  }

  @Test
  void completeWindowsOnlyFromPartsOfTheSameWindowAndNothingFromBeforeTheFirstPoll() {
    run(new CreateThing(PUMP, new GatewayId("gw1"), JsonObject.empty()));
    report(chunk(0, 0, 2, 1f));
    final TelemetryWindows windows = new TelemetryWindows(store, "plant:", 4);
    report(chunk(0, 1, 2, 2f));
    assertThat(windows.drain()).isEmpty();

    report(chunk(1, 0, 2, 3f));
    report(chunk(2, 1, 2, 4f));
    report(chunk(2, 0, 2, 5f));
    run(new ModifyFeatureProperties(PUMP, FeatureId.TELEMETRY, json("{\"temperature\": 21}")));
    final Map<ThingId, List<float[]>> drained = windows.drain();

    assertThat(drained).containsOnlyKeys(PUMP);
    assertThat(drained.get(PUMP)).hasSize(1);
    assertThat(drained.get(PUMP).getFirst()).containsExactly(5f, 5f, 4f, 4f);
    assertThat(windows.drain()).isEmpty();
  }

  private static VibrationChunk chunk(
      final long window, final int part, final int parts, final float value) {
    return new VibrationChunk(window, part, parts, 8192, new float[] {value, value});
  }

  private void report(final VibrationChunk chunk) {
    run(new ModifyFeatureProperties(PUMP, FeatureId.TELEMETRY, JsonObject.of(chunk.toTelemetry())));
  }

  private static JsonObject json(final String text) {
    try {
      return JsonObject.of(
          (com.fasterxml.jackson.databind.node.ObjectNode)
              new com.fasterxml.jackson.databind.ObjectMapper().readTree(text));
    } catch (final com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void run(final TwinCommand command) {
    pipeline.execute(command, new MessageId("test-" + messages.incrementAndGet())).join();
  }
}
