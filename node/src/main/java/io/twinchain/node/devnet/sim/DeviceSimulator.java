/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.metrics.MetricCategory;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.offload.device.VibrationChunk;
import io.twinchain.offload.machinery.MachineProfile;
import io.twinchain.offload.machinery.MachineState;
import io.twinchain.offload.machinery.SimulatedMachine;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated machines of a devnet. Each round, every machine yields one accelerometer window of
 * its current state, published to its gateway's telemetry topic as {@link VibrationChunk}s (the
 * format the gateway's offload loop reassembles), the last part also carrying the window's
 * condition indicators. Message ids include a per-run id, so a restarted simulator's windows are
 * never taken for duplicates of the previous run's. Machine {@code i} ({@code machine-01} ...)
 * belongs to gateway {@code i mod G}; its noise is seeded with {@code i}, so a devnet's streams are
 * reproducible.
 */
public final class DeviceSimulator {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceSimulator.class);
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
      final String id = DevnetLayout.deviceId(i);
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

  /** Publishes one window of every machine. */
  public void publishRound(final SimulatorMqtt mqtt) {
    for (final Device device : devices.values()) {
      final float[] window = device.machine().nextWindow();
      final long number = sequence.incrementAndGet();
      final String topic = "twinchain/" + device.gateway() + "/" + device.id() + "/telemetry";
      final int parts = Math.ceilDiv(window.length, VibrationChunk.MAX_SAMPLES);
      try {
        for (int part = 0; part < parts; part++) {
          final int from = part * VibrationChunk.MAX_SAMPLES;
          final VibrationChunk chunk =
              new VibrationChunk(
                  number,
                  part,
                  parts,
                  (int) Math.round(device.machine().profile().sampleRateHz()),
                  Arrays.copyOfRange(
                      window, from, Math.min(window.length, from + VibrationChunk.MAX_SAMPLES)));
          final ObjectNode telemetry = chunk.toTelemetry();
          if (part == parts - 1) {
            indicators(window, telemetry);
          }
          mqtt.publish(
                  topic,
                  telemetry.toString().getBytes(StandardCharsets.UTF_8),
                  Map.of(
                      SimulatorMqtt.messageIdProperty(),
                      device.id() + "/" + runId + "/" + number + "/" + part))
              .waitForCompletion(ACK_TIMEOUT_MS);
        }
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

  /** The window's condition indicators, next to the last part of its samples. */
  private static void indicators(final float[] window, final ObjectNode telemetry) {
    final VibrationFeatures features = VibrationFeatures.of(window);
    telemetry.put("rms_g", round(features.rmsG()));
    telemetry.put("peak_g", round(features.peakG()));
    telemetry.put("crest_factor", round(features.crestFactor()));
    telemetry.put("kurtosis", round(features.kurtosis()));
  }

  private static double round(final double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
