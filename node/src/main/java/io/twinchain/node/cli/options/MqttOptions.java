/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a gateway's twins receive device telemetry: an external MQTT broker URL, or none to use the
 * embedded broker. Read by the twin runtime when a gateway starts.
 */
public final class MqttOptions {

  @Option(
      names = "--mqtt-broker-url",
      paramLabel = "URL",
      description = "External MQTT broker, e.g. tcp://host:1883 (default: embedded broker).")
  private Optional<String> brokerUrl = Optional.empty();

  /** The broker URL if one is configured; checked to be tcp://, ssl://, ws:// or wss://. */
  public Optional<URI> brokerUrl(final CommandSpec spec) {
    if (brokerUrl.isEmpty()) {
      return Optional.empty();
    }
    try {
      final URI uri = new URI(brokerUrl.get());
      if (uri.getScheme() == null
          || !uri.getScheme().matches("tcp|ssl|ws|wss")
          || uri.getHost() == null) {
        throw new URISyntaxException(
            brokerUrl.get(), "expected tcp://, ssl://, ws:// or wss:// with a host");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "mqtt-broker-url: " + e.getMessage());
    }
  }
}
