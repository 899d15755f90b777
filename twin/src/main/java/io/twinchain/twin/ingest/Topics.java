/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import java.util.List;

/**
 * The twinchain MQTT topic tree (docs/twin.md). In: {@code twinchain/{gateway}/{device}/telemetry},
 * {@code .../attributes}, {@code twinchain/{gateway}/batch}. Out: {@code .../desired}, {@code
 * .../delta}, {@code .../errors}, and {@code twinchain/{gateway}/errors} for batch-level errors.
 */
public final class Topics {

  /** The root level of every topic. */
  public static final String ROOT = "twinchain";

  private Topics() {}

  /**
   * The filters a gateway's ingestion subscribes to; precise leaves, so it never receives its own
   * outbound {@code desired}, {@code delta} and {@code errors} publishes.
   */
  public static List<String> subscriptions(final GatewayId gateway) {
    final String prefix = ROOT + "/" + gateway + "/";
    return List.of(prefix + "+/telemetry", prefix + "+/attributes", prefix + "batch");
  }

  /** {@code twinchain/{gateway}/{device}/telemetry}. */
  public static String telemetry(final GatewayId gateway, final DeviceId device) {
    return device(gateway, device, "telemetry");
  }

  /** {@code twinchain/{gateway}/{device}/attributes}. */
  public static String attributes(final GatewayId gateway, final DeviceId device) {
    return device(gateway, device, "attributes");
  }

  /** {@code twinchain/{gateway}/batch}. */
  public static String batch(final GatewayId gateway) {
    return ROOT + "/" + gateway + "/batch";
  }

  /** {@code twinchain/{gateway}/{device}/desired}. */
  public static String desired(final GatewayId gateway, final DeviceId device) {
    return device(gateway, device, "desired");
  }

  /** {@code twinchain/{gateway}/{device}/delta}. */
  public static String delta(final GatewayId gateway, final DeviceId device) {
    return device(gateway, device, "delta");
  }

  /** {@code twinchain/{gateway}/{device}/errors}. */
  public static String errors(final GatewayId gateway, final DeviceId device) {
    return device(gateway, device, "errors");
  }

  /** {@code twinchain/{gateway}/errors}. */
  public static String gatewayErrors(final GatewayId gateway) {
    return ROOT + "/" + gateway + "/errors";
  }

  private static String device(final GatewayId gateway, final DeviceId device, final String leaf) {
    return ROOT + "/" + gateway + "/" + device + "/" + leaf;
  }
}
