/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.twin.broker.BrokerTls;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a gateway node runs its twins.
 *
 * @param gatewayId the gateway's id in MQTT topics; empty to use the node address without {@code
 *     0x}
 * @param devicesFile the TOML file registering this gateway's devices
 * @param externalBroker an external MQTT broker; empty to start the embedded HiveMQ broker
 * @param embeddedBrokerHost where the embedded broker listens
 * @param embeddedBrokerPort its TCP port
 * @param retainRevisions history kept per twin (revisions)
 * @param retainFor history older than this is dropped, if set
 * @param slotLength the anchoring slot
 * @param operators accounts whose signed {@code twin_setDesired} requests are accepted
 * @param deviceTls the embedded broker's TLS listener for devices with client certificates, if any
 */
public record TwinGatewayConfig(
    Optional<String> gatewayId,
    Optional<Path> devicesFile,
    Optional<URI> externalBroker,
    String embeddedBrokerHost,
    int embeddedBrokerPort,
    long retainRevisions,
    Optional<Duration> retainFor,
    Duration slotLength,
    List<String> operators,
    Optional<BrokerTls> deviceTls) {

  /** Copies the operator list. */
  public TwinGatewayConfig {
    operators = List.copyOf(operators);
  }
}
