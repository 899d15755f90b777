/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * How the ingestion connects to the broker. The client id must stay the same across restarts:
 * together with a persistent session it is what makes the broker keep and redeliver unacknowledged
 * messages.
 *
 * @param serverUri {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId stable client id of this gateway's ingestion
 * @param username broker username, if the broker authenticates
 * @param password broker password
 * @param socketFactory TLS socket factory (with a client certificate if the broker wants one)
 * @param subscriptions topic filters, subscribed with QoS 1
 */
public record MqttSettings(
    String serverUri,
    String clientId,
    Optional<String> username,
    Optional<String> password,
    Optional<SSLSocketFactory> socketFactory,
    List<String> subscriptions) {

  /** How long the broker keeps the session of a disconnected ingestion: one week. */
  public static final long SESSION_EXPIRY_SECONDS = 7 * 24 * 3600L;

  /** Copies the subscriptions and rejects missing parts. */
  public MqttSettings {
    requireNonNull(serverUri, "serverUri");
    requireNonNull(clientId, "clientId");
    requireNonNull(username, "username");
    requireNonNull(password, "password");
    requireNonNull(socketFactory, "socketFactory");
    subscriptions = List.copyOf(subscriptions);
  }

  /** Plain TCP without credentials. */
  public static MqttSettings anonymous(
      final String serverUri, final String clientId, final List<String> subscriptions) {
    return new MqttSettings(
        serverUri, clientId, Optional.empty(), Optional.empty(), Optional.empty(), subscriptions);
  }
}
