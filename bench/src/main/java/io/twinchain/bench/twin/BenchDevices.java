/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.twin;

import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/** The devices, payloads and housekeeping both twin benchmarks share. */
final class BenchDevices {

  /** Messages per benchmark invocation. */
  static final int MESSAGES = 10_000;

  static final int DEVICES = 100;
  static final GatewayId GATEWAY = new GatewayId("bench-gw");

  private BenchDevices() {}

  /** {@value #DEVICES} devices {@code d0…} registered to {@code gateway}. */
  static StaticDeviceRegistry registry() {
    final List<DeviceRegistration> devices = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      devices.add(
          new DeviceRegistration(new DeviceId("d" + d), GATEWAY, "bench", Optional.empty()));
    }
    return new StaticDeviceRegistry(devices);
  }

  /** The telemetry topic of the device that sends message {@code n}. */
  static String topic(final GatewayId gateway, final long n) {
    return Topics.telemetry(gateway, new DeviceId("d" + (n % DEVICES)));
  }

  /** Message {@code n}'s payload in the ThingsBoard {@code {ts, values}} form. */
  static String payload(final long n) {
    return "{\"ts\": "
        + n
        + ", \"values\": {\"temperature\": "
        + (n % 400) / 10.0
        + ", \"rpm\": "
        + n % 3000
        + "}}";
  }

  /**
   * Gateway-batch message {@code n} (ThingsBoard gateway style): one {@code {ts, values}} entry for
   * each of {@code size} devices from device {@code first} on (wrapping around the {@value
   * #DEVICES}), so {@code size} twin updates per message.
   */
  static String batchPayload(final long n, final int first, final int size) {
    final StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      final int d = (first + i) % DEVICES;
      json.append(i == 0 ? "" : ", ").append("\"d").append(d).append("\": [");
      json.append(payload(n * DEVICES + d)).append(']');
    }
    return json.append('}').toString();
  }

  /** Waits until {@code count} reaches {@code target}. */
  static long await(final LongSupplier count, final long target) throws InterruptedException {
    while (count.getAsLong() < target) {
      Thread.sleep(1);
    }
    return count.getAsLong();
  }

  /** Deletes a benchmark's data folder. */
  static void delete(final Path directory) throws IOException {
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
