/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.embedded.EmbeddedHiveMQBuilder;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The devnet's default MQTT broker: HiveMQ CE embedded in the gateway's JVM, with file persistence
 * under the gateway's data directory and, when {@link BrokerAccess} is given, device authentication
 * through HiveMQ's extension API.
 */
public final class EmbeddedHiveMqBroker implements AutoCloseable {

  /** Unacknowledged QoS-1 messages in flight to one subscriber (HiveMQ's default: 50). */
  public static final int INFLIGHT_WINDOW = 8_192;

  private static final int POLL_BATCH = 1_024;

  private final EmbeddedHiveMQ hive;
  private final String url;

  private EmbeddedHiveMqBroker(final EmbeddedHiveMQ hive, final String url) {
    this.hive = hive;
    this.url = url;
  }

  /**
   * Starts a broker and waits until it listens.
   *
   * @param directory configuration and persistence folder
   * @param bindAddress where to listen, e.g. {@code 127.0.0.1}
   * @param port TCP port
   * @param tls an additional TLS listener requiring client certificates
   * @param access device authentication; without it the broker accepts anonymous clients
   */
  public static EmbeddedHiveMqBroker start(
      final Path directory,
      final String bindAddress,
      final int port,
      final Optional<BrokerTls> tls,
      final Optional<BrokerAccess> access) {
    widenInflightWindow();
    try {
      final Path conf = Files.createDirectories(directory.resolve("conf"));
      Files.writeString(conf.resolve("config.xml"), HiveMqConfig.xml(bindAddress, port, tls));
      final EmbeddedHiveMQBuilder builder =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(Files.createDirectories(directory.resolve("data")))
              .withExtensionsFolder(Files.createDirectories(directory.resolve("extensions")))
              .withoutLoggingBootstrap();
      access.ifPresent(a -> builder.withEmbeddedExtension(authExtension(a)));
      final EmbeddedHiveMQ hive = builder.build();
      hive.start().join();
      return new EmbeddedHiveMqBroker(hive, "tcp://" + bindAddress + ":" + port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare broker folder " + directory, e);
    }
  }

  /**
   * HiveMQ CE sends a persistent-session subscriber at most 50 unacknowledged QoS-1 messages, a
   * limit that config.xml cannot change. Because the ingestion acknowledges only after the durable
   * group commit, that window, not the disk, would bound throughput (50 messages per fsync), so the
   * embedded broker raises it through HiveMQ's internal settings before it starts. The subscriber
   * still caps it with its MQTT 5 receive maximum. Assumption A-TWIN-HIVEMQ-WINDOW.
   */
  private static void widenInflightWindow() {
    InternalConfigurations.MAX_INFLIGHT_WINDOW_SIZE_MESSAGES = INFLIGHT_WINDOW;
    InternalConfigurations.PUBLISH_POLL_BATCH_SIZE = POLL_BATCH;
  }

  /** {@code tcp://address:port} of the plain listener. */
  public String url() {
    return url;
  }

  @Override
  public void close() {
    try {
      hive.stop().join();
      hive.close();
    } catch (Exception e) {
      throw new IllegalStateException("broker did not stop cleanly", e);
    }
  }

  private static EmbeddedExtension authExtension(final BrokerAccess access) {
    return EmbeddedExtension.builder()
        .withId("twinchain-device-auth")
        .withName("twinchain device authentication")
        .withVersion("1")
        .withAuthor("twinchain")
        .withPriority(1000)
        .withStartPriority(1000)
        .withExtensionMain(
            new ExtensionMain() {
              @Override
              public void extensionStart(
                  final ExtensionStartInput in, final ExtensionStartOutput out) {
                final DeviceAuthenticator authenticator = new DeviceAuthenticator(access);
                Services.securityRegistry().setAuthenticatorProvider(input -> authenticator);
              }

              @Override
              public void extensionStop(
                  final ExtensionStopInput in, final ExtensionStopOutput out) {}
            })
        .build();
  }
}
