/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceMessageDecoderTest {

  private final DeviceMessageDecoder decoder = new DeviceMessageDecoder(PayloadLimits.defaults());

  private List<Decoded> decode(
      final String topic, final String payload, final Optional<String> id) {
    return decoder.decode(new InboundMessage(topic, payload.getBytes(StandardCharsets.UTF_8), id));
  }

  private static DeviceMessage accepted(final Decoded decoded) {
    return ((Decoded.Accepted) decoded).message();
  }

  private static Decoded.Refused refused(final Decoded decoded) {
    return (Decoded.Refused) decoded;
  }

  @Test
  void unwrapsBothTelemetryFormsAndPrefersTheUserPropertyId() {
    final DeviceMessage flat =
        accepted(
            decode(
                    "twinchain/gw1/pump-1/telemetry",
                    "{\"t\": 1, \"msgId\": \"p\"}",
                    Optional.of("u"))
                .get(0));
    assertThat(flat.messageId().value()).isEqualTo("u");
    assertThat(flat.values().toString()).isEqualTo("{\"t\":1}");
    final DeviceMessage wrapped =
        accepted(
            decode(
                    "twinchain/gw1/pump-1/telemetry",
                    "{\"ts\": 5, \"values\": {\"t\": 2}, \"msgId\": \"p\"}",
                    Optional.empty())
                .get(0));
    assertThat(wrapped.messageId().value()).isEqualTo("p");
    assertThat(wrapped.deviceTimestampMillis()).contains(5L);
    assertThat(wrapped.values().toString()).isEqualTo("{\"t\":2}");
  }

  @Test
  void fallsBackToAContentHashThatRecognisesRetransmissions() {
    final String topic = "twinchain/gw1/pump-1/telemetry";
    final DeviceMessage first = accepted(decode(topic, "{\"t\": 1}", Optional.empty()).get(0));
    final DeviceMessage again = accepted(decode(topic, "{\"t\": 1}", Optional.empty()).get(0));
    final DeviceMessage other = accepted(decode(topic, "{\"t\": 2}", Optional.empty()).get(0));
    assertThat(first.messageId().value())
        .startsWith("sha256:")
        .isEqualTo(again.messageId().value());
    assertThat(other.messageId()).isNotEqualTo(first.messageId());
  }

  @Test
  void splitsAGatewayBatchAndRefusesOnlyItsBadEntries() {
    final List<Decoded> decoded =
        decode(
            "twinchain/gw1/batch",
            "{\"pump-1\": [{\"ts\": 1, \"values\": {\"t\": 1}}, 7], \"valve-1\": {\"t\": 3}}",
            Optional.of("b"));
    assertThat(decoded).hasSize(3);
    assertThat(accepted(decoded.get(0)).messageId().value()).isEqualTo("b/pump-1/0");
    assertThat(refused(decoded.get(1)).rejection().field()).isEqualTo("pump-1.1");
    assertThat(refused(decoded.get(1)).target().topic()).contains("twinchain/gw1/pump-1/errors");
    assertThat(accepted(decoded.get(2)).deviceId().value()).isEqualTo("valve-1");
  }

  @Test
  void refusesUnknownTopicsToTheGatewayErrorTopic() {
    final Decoded.Refused refused =
        refused(decode("twinchain/gw1/pump-1/desired", "{}", Optional.empty()).get(0));
    assertThat(refused.rejection().reason()).isEqualTo(RejectionReason.UNKNOWN_TOPIC);
    assertThat(refused.target().topic()).contains("twinchain/gw1/errors");
    assertThat(
            refused(decode("other/x/y/telemetry", "{}", Optional.empty()).get(0)).target().topic())
        .isEmpty();
  }

  @Test
  void refusesAttributesThatAreNotAnObject() {
    final Decoded.Refused refused =
        refused(decode("twinchain/gw1/pump-1/attributes", "\"x\"", Optional.empty()).get(0));
    assertThat(refused.rejection().reason()).isEqualTo(RejectionReason.WRONG_TYPE);
  }
}
