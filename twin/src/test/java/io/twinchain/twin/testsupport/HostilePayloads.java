/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import io.twinchain.twin.ingest.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Malformed and hostile publishes (bad JSON, wrong types, huge values, deep nesting, unknown
 * device, wrong gateway, oversized), each with the rejection it must get; shared by the twin
 * module's and the gateway node's hostile-payload tests.
 */
public final class HostilePayloads {

  private HostilePayloads() {}

  /** A hostile publish: topic and payload for the i-th instance, and the reason it must get. */
  public record Hostile(
      String topic, IntFunction<byte[]> payload, RejectionReason reason, String field) {}

  private static byte[] utf8(final String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Sixteen kinds, all aimed at gateway {@code gw1} and device {@code pump-1} unless the kind is
   * about the device or gateway.
   */
  public static final List<Hostile> KINDS =
      List.of(
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"temperature\": " + i),
              RejectionReason.MALFORMED_JSON,
              ""),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("[" + i + ", 2]"),
              RejectionReason.WRONG_TYPE,
              ""),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"ts\": \"yesterday-" + i + "\", \"values\": {\"t\": 1}}"),
              RejectionReason.WRONG_TYPE,
              "ts"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"ts\": " + i + ", \"values\": 5}"),
              RejectionReason.WRONG_TYPE,
              "values"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"t\": \"" + "x".repeat(5000) + i + "\"}"),
              RejectionReason.VALUE_TOO_LARGE,
              "t"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"t\": " + "9".repeat(200) + i + "}"),
              RejectionReason.VALUE_TOO_LARGE,
              "t"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"a\":".repeat(60) + i + "}".repeat(60)),
              RejectionReason.TOO_DEEP,
              "a.a.a.a.a.a.a.a"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i ->
                  utf8(
                      "{\"t\": \""
                          + "y".repeat(1000)
                          + "\", \"p\": \""
                          + "z".repeat(70_000)
                          + i
                          + "\"}"),
              RejectionReason.PAYLOAD_TOO_LARGE,
              ""),
          new Hostile(
              "twinchain/gw1/ghost-7/telemetry",
              i -> utf8("{\"temperature\": " + i + "}"),
              RejectionReason.UNKNOWN_DEVICE,
              "topic.device"),
          new Hostile(
              "twinchain/gw2/pump-1/telemetry",
              i -> utf8("{\"temperature\": " + i + "}"),
              RejectionReason.WRONG_GATEWAY,
              "topic.gateway"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry", i -> utf8("{}"), RejectionReason.EMPTY_PAYLOAD, ""),
          new Hostile(
              "twinchain/gw1/pump-1/attributes",
              i -> utf8(manyMembers(300, i)),
              RejectionReason.VALUE_TOO_LARGE,
              ""),
          new Hostile(
              "twinchain/gw1/batch",
              i -> utf8("{\"pump-1\": \"not-an-object-" + i + "\"}"),
              RejectionReason.WRONG_TYPE,
              "pump-1.0"),
          new Hostile(
              "twinchain/gw1/batch",
              i -> utf8("{\"bad device!\": {\"t\": " + i + "}}"),
              RejectionReason.INVALID_IDENTIFIER,
              "bad device!"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> utf8("{\"msgId\": " + i + ", \"t\": 1}"),
              RejectionReason.WRONG_TYPE,
              "msgId"),
          new Hostile(
              "twinchain/gw1/pump-1/telemetry",
              i -> new byte[] {(byte) 0xff, (byte) 0xfe, (byte) i},
              RejectionReason.MALFORMED_JSON,
              ""));

  private static String manyMembers(final int count, final int salt) {
    final StringBuilder json = new StringBuilder("{");
    for (int k = 0; k < count; k++) {
      json.append(k == 0 ? "" : ",").append("\"k").append(k).append("\":").append(salt);
    }
    return json.append('}').toString();
  }
}
