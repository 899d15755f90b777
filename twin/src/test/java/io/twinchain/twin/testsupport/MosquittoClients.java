/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code mosquitto_pub} and {@code mosquitto_sub} from Debian as a device would. */
public final class MosquittoClients {

  /**
   * What a client run printed and how it ended.
   *
   * @param exitCode process exit code
   * @param output stdout and stderr
   */
  public record Run(int exitCode, String output) {}

  private MosquittoClients() {}

  /** {@code mosquitto_pub -q 1} with the given extra arguments. */
  public static Run publish(final int port, final String... arguments)
      throws IOException, InterruptedException {
    return run("mosquitto_pub", port, arguments);
  }

  /** {@code mosquitto_sub -q 1} with the given extra arguments (use {@code -C n} to stop). */
  public static Run subscribe(final int port, final String... arguments)
      throws IOException, InterruptedException {
    return run("mosquitto_sub", port, arguments);
  }

  private static Run run(final String tool, final int port, final String... arguments)
      throws IOException, InterruptedException {
    final List<String> command =
        new ArrayList<>(List.of(tool, "-h", "127.0.0.1", "-p", Integer.toString(port), "-q", "1"));
    command.addAll(List.of(arguments));
    final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(command + " did not finish");
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
