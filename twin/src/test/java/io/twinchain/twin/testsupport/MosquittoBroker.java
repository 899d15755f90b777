/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Mosquitto from Debian on an ephemeral loopback port, with a password file (written by {@code
 * mosquitto_passwd}) and an ACL that lets a device write only its own telemetry and attributes.
 */
public final class MosquittoBroker implements AutoCloseable {

  /** The ingestion's broker account (test-only credentials). */
  public static final String SERVICE_USER = "twinchain-ingest";

  /** Its password. */
  public static final String SERVICE_PASSWORD = "ingest-secret";

  private final Process process;
  private final int port;

  private MosquittoBroker(final Process process, final int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts Mosquitto with the given users (name → password) plus the service account. */
  public static MosquittoBroker start(final Path directory, final Map<String, String> devices)
      throws IOException, InterruptedException {
    final Path passwords = directory.resolve("passwd");
    Files.createFile(passwords);
    run(List.of("mosquitto_passwd", "-b", passwords.toString(), SERVICE_USER, SERVICE_PASSWORD));
    for (Map.Entry<String, String> device : devices.entrySet()) {
      run(
          List.of(
              "mosquitto_passwd", "-b", passwords.toString(), device.getKey(), device.getValue()));
    }
    final Path acl = directory.resolve("acl");
    Files.writeString(
        acl,
        "user "
            + SERVICE_USER
            + "\ntopic readwrite twinchain/#\n\n"
            + "pattern write twinchain/+/%u/telemetry\n"
            + "pattern write twinchain/+/%u/attributes\n"
            + "pattern read twinchain/+/%u/#\n");
    final int port = FreePort.next();
    final Path config = directory.resolve("mosquitto.conf");
    Files.writeString(
        config,
        "user root\nlistener "
            + port
            + " 127.0.0.1\nallow_anonymous false\n"
            + "password_file "
            + passwords
            + "\nacl_file "
            + acl
            + "\n"
            + "persistence false\nmax_queued_messages 0\nmax_inflight_messages 0\n");
    final Process process =
        new ProcessBuilder(executable(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("mosquitto.log").toFile())
            .start();
    awaitListening(port);
    return new MosquittoBroker(process, port);
  }

  /** Debian installs the broker in /usr/sbin, which is not always on a non-root PATH. */
  private static String executable() {
    final Path sbin = Path.of("/usr/sbin/mosquitto");
    return Files.isExecutable(sbin) ? sbin.toString() : "mosquitto";
  }

  /** {@code tcp://127.0.0.1:port}. */
  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  /** The port, for the command-line clients. */
  public int port() {
    return port;
  }

  private static void run(final List<String> command) throws IOException, InterruptedException {
    final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(
          command + " failed: " + new String(process.getInputStream().readAllBytes()));
    }
  }

  private static void awaitListening(final int port) throws InterruptedException, IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new IOException("mosquitto did not listen on " + port);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
