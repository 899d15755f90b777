/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.node.twin.TwinGatewayConfig;
import io.twinchain.twin.store.KeyValueTwinStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * A gateway's twins: devices, embedded broker (and its TLS listener for device certificates),
 * retention, anchoring slot, operators.
 */
public final class TwinOptions {

  @Option(
      names = "--twin-gateway-id",
      paramLabel = "ID",
      description = "Gateway id in MQTT topics (default: the node address without 0x).")
  private Optional<String> gatewayId = Optional.empty();

  @Option(
      names = "--twin-devices-file",
      paramLabel = "FILE",
      description = "TOML file with this gateway's devices ([[device]] id, namespace).")
  private Optional<Path> devicesFile = Optional.empty();

  @Option(
      names = "--twin-mqtt-host",
      paramLabel = "HOST",
      description = "Embedded MQTT broker interface (default: ${DEFAULT-VALUE}).",
      defaultValue = "127.0.0.1")
  private String mqttHost;

  @Option(
      names = "--twin-mqtt-port",
      paramLabel = "PORT",
      description = "Embedded MQTT broker port (default: ${DEFAULT-VALUE}).",
      defaultValue = "1883")
  private int mqttPort;

  @Option(
      names = "--twin-retention-revisions",
      paramLabel = "N",
      description = "Revisions of history kept per twin (default: keep all).")
  private Optional<Long> retainRevisions = Optional.empty();

  @Option(
      names = "--twin-retention-seconds",
      paramLabel = "SECONDS",
      description = "Drop twin history older than this (default: no age limit).")
  private Optional<Long> retainSeconds = Optional.empty();

  @Option(
      names = "--twin-slot-seconds",
      paramLabel = "SECONDS",
      description = "Anchoring slot length (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  private long slotSeconds;

  @Option(
      names = "--twin-operators",
      paramLabel = "ADDRESS",
      split = ",",
      description = "Accounts allowed to sign twin_setDesired requests.")
  private List<String> operators = new ArrayList<>();

  @Mixin private DeviceTlsOptions deviceTls = new DeviceTlsOptions();

  /** The resolved settings; {@code broker} is the {@code --mqtt-broker-url}. */
  public TwinGatewayConfig toConfig(final CommandSpec spec, final Optional<URI> broker) {
    OptionChecks.port(spec, "twin-mqtt-port", mqttPort);
    if (slotSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "twin-slot-seconds must be at least 1");
    }
    final long retain = retainRevisions.orElse(Long.MAX_VALUE);
    if (retain < KeyValueTwinStore.SNAPSHOT_INTERVAL) {
      throw new ParameterException(
          spec.commandLine(),
          "twin-retention-revisions must be at least " + KeyValueTwinStore.SNAPSHOT_INTERVAL);
    }
    if (retainSeconds.isPresent() && retainSeconds.get() < 1) {
      throw new ParameterException(spec.commandLine(), "twin-retention-seconds must be positive");
    }
    for (final String operator : operators) {
      if (!operator.matches("0x[0-9a-fA-F]{40}")) {
        throw new ParameterException(
            spec.commandLine(), "twin-operators: not an address: " + operator);
      }
    }
    return new TwinGatewayConfig(
        gatewayId,
        devicesFile,
        broker,
        mqttHost,
        mqttPort,
        retain,
        retainSeconds.map(Duration::ofSeconds),
        Duration.ofSeconds(slotSeconds),
        operators,
        deviceTls.toBrokerTls(spec, broker.isEmpty()));
  }
}
