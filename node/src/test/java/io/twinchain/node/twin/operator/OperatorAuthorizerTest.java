/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.operator;

import static io.twinchain.node.testsupport.OperatorSignatures.personalSign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/** What an Ethereum developer does with web3j's {@code Sign.signPrefixedMessage} is accepted. */
class OperatorAuthorizerTest {

  /** DEV-ONLY KEY derived from fixed bytes. */
  private static final Credentials OPERATOR = Credentials.create("0x" + "71".repeat(32));

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemoryKeyValueStore storage = new InMemoryKeyValueStore();

  private OperatorAuthorizer authorizer() {
    return new OperatorAuthorizer(
        List.of(OPERATOR.getAddress().toUpperCase(java.util.Locale.ROOT).replace("0X", "0x")),
        new OperatorNonces(storage),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static SetDesiredMessage message(final long nonce) throws Exception {
    return new SetDesiredMessage(
        2026,
        "plant:pump-1",
        "telemetry",
        new ObjectMapper().readTree("{\"setpoint\": 30, \"mode\": \"eco\"}"),
        nonce,
        NOW.getEpochSecond() + 60);
  }

  @Test
  void theCanonicalTextSortsPropertiesAndHasNoWhitespace() throws Exception {
    assertThat(message(7).text())
        .isEqualTo(
            "twinchain twin_setDesired\nchainId: 2026\nthingId: plant:pump-1\nfeature: telemetry\n"
                + "properties: {\"mode\":\"eco\",\"setpoint\":30}\nnonce: 7\nexpires: 1767225660");
  }

  @Test
  void acceptsAPersonalSignatureOnceThenRefusesTheReplayAndLowerNonces() throws Exception {
    final OperatorAuthorizer authorizer = authorizer();
    assertThat(authorizer.authorize(message(5), personalSign(OPERATOR, message(5))))
        .isEqualTo(new AuthorizationResult.Authorized(OPERATOR.getAddress()));
    assertThat(authorizer.authorize(message(5), personalSign(OPERATOR, message(5))))
        .isInstanceOfSatisfying(
            AuthorizationResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(AuthorizationResult.Reason.NONCE_REUSED));
    assertThat(authorizer().authorize(message(4), personalSign(OPERATOR, message(4))))
        .as("the nonce survives a new authorizer on the same store (a restart)")
        .isInstanceOf(AuthorizationResult.Refused.class);
    assertThat(authorizer.authorize(message(6), personalSign(OPERATOR, message(6))))
        .isInstanceOf(AuthorizationResult.Authorized.class);
  }

  @Test
  void refusesOtherSignersAndSignaturesOverOtherRequests() throws Exception {
    final Credentials stranger = Credentials.create("0x" + "72".repeat(32));
    assertThat(authorizer().authorize(message(1), personalSign(stranger, message(1))))
        .isInstanceOfSatisfying(
            AuthorizationResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(AuthorizationResult.Reason.NOT_AN_OPERATOR));
    assertThat(authorizer().authorize(message(2), personalSign(OPERATOR, message(1))))
        .isInstanceOf(AuthorizationResult.Refused.class);
  }
}
