/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.devnet.SimulatorTopics;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.offload.machinery.MachineProfile;
import io.twinchain.offload.machinery.MachineState;
import io.twinchain.offload.machinery.SimulatedMachine;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated machines of a devnet. Each round, every machine yields one accelerometer window of
 * its current state, published as telemetry (condition indicators, JSON, to the twin ingestion's
 * topic) and raw (float32 samples, to {@link SimulatorTopics#vibration}) to the gateway it belongs
 * to. Machine {@code i} ({@code machine-01} ...) belongs to gateway {@code i mod G}; its noise is
 * seeded with {@code i}, so a devnet's streams are reproducible.
 */
public final class DeviceSimulator {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceSimulator.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long ACK_TIMEOUT_MS = 5_000;

  private record Device(String id, String gateway, SimulatedMachine machine) {}

  private final Map<String, Device> devices = new LinkedHashMap<>();
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong sequence = new AtomicLong();
  private final MetricsSystem.Counter published;
  private final MetricsSystem.Counter failed;
  private final MetricsSystem.Counter faults;

  public DeviceSimulator(
      final List<String> gateways, final int count, final MetricsSystem metrics) {
    for (int i = 0; i < count; i++) {
      final String id = deviceId(i);
      devices.put(
          id,
          new Device(
              id,
              gateways.get(i % gateways.size()),
              new SimulatedMachine(MachineProfile.PUMP_MOTOR, i)));
    }
    published =
        metrics
            .counter(
                MetricCategory.SIMULATOR,
                "published_total",
                "Windows acknowledged by the broker (telemetry and raw)")
            .labels();
    failed =
        metrics
            .counter(MetricCategory.SIMULATOR, "publish_failures_total", "Publishes refused")
            .labels();
    faults =
        metrics
            .counter(MetricCategory.SIMULATOR, "faults_injected_total", "Fault injections applied")
            .labels();
    metrics.gauge(MetricCategory.SIMULATOR, "devices", "Simulated machines", () -> devices.size());
  }

  /** The id of machine {@code index} (0-based): {@code machine-01}, {@code machine-02}, ... */
  public static String deviceId(final int index) {
    return String.format("machine-%02d", index + 1);
  }

  /** Publishes one window of every machine. */
  public void publishRound(final SimulatorMqtt mqtt) {
    for (final Device device : devices.values()) {
      final float[] window = device.machine().nextWindow();
      final String id = device.id() + "-" + runId + "-" + sequence.incrementAndGet();
      try {
        mqtt.publish(
                "twinchain/" + device.gateway() + "/" + device.id() + "/telemetry",
                telemetry(window).getBytes(StandardCharsets.UTF_8),
                Map.of(SimulatorMqtt.messageIdProperty(), id))
            .waitForCompletion(ACK_TIMEOUT_MS);
        mqtt.publish(
                SimulatorTopics.vibration(device.gateway(), device.id()),
                samples(window),
                Map.of(
                    SimulatorMqtt.messageIdProperty(),
                    id + "-raw",
                    "sample-rate-hz",
                    Double.toString(device.machine().profile().sampleRateHz())))
            .waitForCompletion(ACK_TIMEOUT_MS);
        published.inc();
      } catch (MqttException e) {
        failed.inc();
        LOG.debug("publish of {} failed: {}", device.id(), e.getMessage());
      }
    }
  }

  /** Applies a fault injection received on {@code topic}; bad ones are logged and ignored. */
  public void onFault(final String topic, final byte[] payload) {
    final String[] levels = topic.split("/");
    final String deviceId = levels.length >= 2 ? levels[levels.length - 2] : "";
    final Device device = devices.get(deviceId);
    if (device == null) {
      LOG.warn("fault injection for unknown device '{}' ignored", deviceId);
      return;
    }
    try {
      final MachineState state = FaultInjection.parse(payload);
      device.machine().setState(state);
      faults.inc();
      LOG.info("{} is now {} (severity {})", deviceId, state.condition().label(), state.severity());
    } catch (IllegalArgumentException e) {
      LOG.warn("fault injection for {} ignored: {}", deviceId, e.getMessage());
    }
  }

  private static String telemetry(final float[] window) {
    final VibrationFeatures features = VibrationFeatures.of(window);
    final ObjectNode json = MAPPER.createObjectNode();
    json.put("ts", System.currentTimeMillis());
    final ObjectNode values = json.putObject("values");
    values.put("rms_g", round(features.rmsG()));
    values.put("peak_g", round(features.peakG()));
    values.put("crest_factor", round(features.crestFactor()));
    values.put("kurtosis", round(features.kurtosis()));
    return json.toString();
  }

  private static double round(final double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static byte[] samples(final float[] window) {
    final ByteBuffer buffer =
        ByteBuffer.allocate(window.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(window);
    return buffer.array();
  }
}
