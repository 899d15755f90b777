/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.twin.broker.BrokerTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The embedded broker's TLS listener for devices that authenticate with client certificates: the
 * broker's own key store, the trust store of the CAs that issue device certificates, and a file
 * holding the password of both (never the command line, where {@code ps} would show it). Assumption
 * A-TWIN-DEVICE-CERT.
 */
public final class DeviceTlsOptions {

  @Option(
      names = "--twin-mqtt-tls-port",
      paramLabel = "PORT",
      description = "Embedded broker TLS listener requiring device client certificates (off).")
  private Optional<Integer> port = Optional.empty();

  @Option(
      names = "--twin-mqtt-tls-keystore",
      paramLabel = "FILE",
      description = "PKCS#12 key store with the broker's TLS key and certificate chain.")
  private Optional<Path> keyStore = Optional.empty();

  @Option(
      names = "--twin-mqtt-tls-truststore",
      paramLabel = "FILE",
      description = "PKCS#12 trust store with the CA certificates of device certificates.")
  private Optional<Path> trustStore = Optional.empty();

  @Option(
      names = "--twin-mqtt-tls-password-file",
      paramLabel = "FILE",
      description = "File whose first line is the password of both stores.")
  private Optional<Path> passwordFile = Optional.empty();

  /**
   * The TLS listener, if {@code --twin-mqtt-tls-port} is set; then the stores and the password file
   * are required, must be readable, and the broker must be the embedded one.
   */
  public Optional<BrokerTls> toBrokerTls(final CommandSpec spec, final boolean embeddedBroker) {
    if (port.isEmpty()) {
      if (keyStore.isPresent() || trustStore.isPresent() || passwordFile.isPresent()) {
        throw new ParameterException(
            spec.commandLine(),
            "twin-mqtt-tls-keystore, -truststore and -password-file need twin-mqtt-tls-port");
      }
      return Optional.empty();
    }
    OptionChecks.port(spec, "twin-mqtt-tls-port", port.get());
    if (!embeddedBroker) {
      throw new ParameterException(
          spec.commandLine(), "twin-mqtt-tls-port: only the embedded broker has a TLS listener");
    }
    final String password = password(spec, required(spec, passwordFile, "password-file"));
    return Optional.of(
        new BrokerTls(
            port.get(),
            required(spec, keyStore, "keystore"),
            password,
            required(spec, trustStore, "truststore"),
            password));
  }

  private static Path required(
      final CommandSpec spec, final Optional<Path> file, final String name) {
    final String key = "twin-mqtt-tls-" + name;
    final Path path =
        file.orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), "twin-mqtt-tls-port: " + key + " is required as well"));
    if (!Files.isReadable(path)) {
      throw new ParameterException(spec.commandLine(), key + ": cannot read " + path);
    }
    return path.toAbsolutePath();
  }

  private static String password(final CommandSpec spec, final Path file) {
    try {
      final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.getFirst().isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "twin-mqtt-tls-password-file: " + file + " is empty");
      }
      return lines.getFirst();
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "twin-mqtt-tls-password-file: cannot read " + file, e);
    }
  }
}
