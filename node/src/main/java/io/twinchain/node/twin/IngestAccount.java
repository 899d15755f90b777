/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.twin.broker.BrokerAccess;
import io.twinchain.twin.broker.ServiceAccount;
import io.twinchain.twin.ingest.Topics;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.mqtt.MqttSettings;
import io.twinchain.twin.registry.PasswordHash;
import io.twinchain.twin.registry.StaticDeviceRegistry;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The gateway ingestion's own account at the embedded broker. Once any device in the devices file
 * has broker credentials, the embedded broker authenticates every client: devices by their own
 * credentials (limited to their own topics), the ingestion by this account, whose password is drawn
 * fresh at every start and never leaves the process.
 */
final class IngestAccount {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String clientId;
  private final String password;

  private IngestAccount(final String clientId, final String password) {
    this.clientId = clientId;
    this.password = password;
  }

  /** A new account for {@code gateway}'s ingestion (username = its stable client id). */
  static IngestAccount generate(final GatewayId gateway) {
    final byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return new IngestAccount(
        "twinchain-ingest-" + gateway.value(), Base64.getEncoder().encodeToString(secret));
  }

  /**
   * The broker's access rules, when a device has credentials or the broker has a TLS listener for
   * device certificates (whose identities must then be checked); empty for an open broker.
   */
  Optional<BrokerAccess> access(final StaticDeviceRegistry devices, final boolean deviceTls) {
    if (!deviceTls && devices.all().stream().noneMatch(d -> d.credentials().isPresent())) {
      return Optional.empty();
    }
    return Optional.of(
        new BrokerAccess(devices, new ServiceAccount(clientId, PasswordHash.hash(password))));
  }

  /** How the ingestion connects to {@code url}, with this account when it authenticates. */
  MqttSettings settings(final String url, final GatewayId gateway, final boolean authenticate) {
    return new MqttSettings(
        url,
        clientId,
        authenticate ? Optional.of(clientId) : Optional.empty(),
        authenticate ? Optional.of(password) : Optional.empty(),
        Optional.empty(),
        Topics.subscriptions(gateway));
  }
}
