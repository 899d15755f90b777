/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load, as {@code uptime} prints it (the load average beside every figure). */
final class LoadAverage {

  private LoadAverage() {}

  /** {@code uptime}'s line, or {@code /proc/loadavg} where {@code uptime} is missing. */
  static String uptime() {
    try {
      final Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      final String line =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() == 0) {
        return line;
      }
    } catch (IOException e) {
      // no uptime on this system: the kernel's figures below say the same
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "load average unknown";
    }
  }
}
