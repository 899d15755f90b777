/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.device;

import io.twinchain.offload.machinery.MachineState;
import io.twinchain.offload.machinery.SimulatedMachine;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.sim.TelemetryPublisher;
import java.util.Arrays;

/**
 * A simulated IIoT device: a {@link SimulatedMachine} whose accelerometer windows are published as
 * {@link VibrationChunk}s on the device's telemetry topic through a {@link TelemetryPublisher} (QoS
 * 1). Inject a fault with {@link #setState}.
 */
public final class VibrationDevice implements AutoCloseable {
  private final SimulatedMachine machine;
  private final TelemetryPublisher publisher;
  private final String topic;
  private final String deviceId;
  private long nextWindow;

  /** A device {@code device} of {@code gateway} publishing {@code machine}'s windows. */
  public VibrationDevice(
      final SimulatedMachine machine,
      final TelemetryPublisher publisher,
      final GatewayId gateway,
      final DeviceId device) {
    this.machine = machine;
    this.publisher = publisher;
    this.topic = Topics.telemetry(gateway, device);
    this.deviceId = device.value();
  }

  /** Changes the machine's condition from the next window on. */
  public void setState(final MachineState state) {
    machine.setState(state);
  }

  /** Publishes the machine's next window and waits until the broker acknowledged all of it. */
  public synchronized void publishWindow() {
    final float[] window = machine.nextWindow();
    final int parts = Math.ceilDiv(window.length, VibrationChunk.MAX_SAMPLES);
    for (int part = 0; part < parts; part++) {
      final int from = part * VibrationChunk.MAX_SAMPLES;
      final float[] samples =
          Arrays.copyOfRange(
              window, from, Math.min(window.length, from + VibrationChunk.MAX_SAMPLES));
      final VibrationChunk chunk =
          new VibrationChunk(
              nextWindow, part, parts, (int) Math.round(machine.profile().sampleRateHz()), samples);
      publisher.publish(
          topic, chunk.toTelemetry().toString(), deviceId + "/" + nextWindow + "/" + part);
    }
    publisher.flush();
    nextWindow++;
  }

  @Override
  public void close() {
    publisher.close();
  }
}
