/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import io.twinchain.node.devnet.DevnetException;
import io.twinchain.node.devnet.DevnetHttp;
import io.twinchain.node.devnet.DevnetSupervisor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code devnet up --detach} as a user would and times it: seconds from the launch to the
 * first mined block ({@code eth_getBlockByNumber} ≥ 1 on any AP), to each process's readiness line
 * and to {@code up}'s return (every process ready), echoing the readiness lines as they come.
 */
final class StartTiming {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration GIVE_UP = Duration.ofMinutes(15);
  private static final Pattern READY = Pattern.compile("^\\s+(\\S+)\\s+ready after ");

  /**
   * What the start took, in seconds after launching {@code up}.
   *
   * @param firstBlock until an AP's head was block 1 or higher
   * @param allReady until {@code up} returned
   * @param ready per process, until {@code up} reported it ready
   */
  record Times(double firstBlock, double allReady, Map<String, Double> ready) {}

  private StartTiming() {}

  static Times run(
      final List<String> upCommand,
      final DevnetHttp http,
      final List<Integer> apPorts,
      final PrintWriter out)
      throws IOException {
    final long begin = System.nanoTime();
    final Process up = new ProcessBuilder(upCommand).redirectErrorStream(true).start();
    final Map<String, Double> ready = new ConcurrentHashMap<>();
    final List<String> output = new CopyOnWriteArrayList<>();
    final Thread reader = Thread.ofVirtual().start(() -> follow(up, begin, ready, output, out));
    double firstBlock = Double.NaN;
    double allReady = Double.NaN;
    while (Double.isNaN(firstBlock) || Double.isNaN(allReady)) {
      if (Double.isNaN(allReady) && !up.isAlive()) {
        allReady = seconds(begin);
        join(reader);
        if (up.exitValue() != 0) {
          throw new DevnetException("devnet up failed:\n" + String.join("\n", output));
        }
      }
      if (Double.isNaN(firstBlock) && anyMined(http, apPorts)) {
        firstBlock = seconds(begin);
        out.printf("first block after %.1f s%n", firstBlock);
        out.flush();
      }
      if (seconds(begin) > GIVE_UP.toSeconds()) {
        up.destroy();
        throw new DevnetException("no block " + GIVE_UP.toMinutes() + " minutes after up");
      }
      DevnetSupervisor.sleep(POLL);
    }
    return new Times(firstBlock, allReady, new LinkedHashMap<>(ready));
  }

  private static void follow(
      final Process up,
      final long begin,
      final Map<String, Double> ready,
      final List<String> output,
      final PrintWriter out) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        final Matcher matcher = READY.matcher(line);
        if (matcher.find()) {
          ready.put(matcher.group(1), seconds(begin));
          out.println(line);
          out.flush();
        }
      }
    } catch (IOException e) {
      output.add("(output unreadable: " + e.getMessage() + ")");
    }
  }

  private static boolean anyMined(final DevnetHttp http, final List<Integer> apPorts) {
    return apPorts.stream()
        .anyMatch(
            port -> ChainHead.read(http, port).filter(head -> head.number() >= 1).isPresent());
  }

  private static double seconds(final long begin) {
    return (System.nanoTime() - begin) / 1e9;
  }

  private static void join(final Thread thread) {
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
