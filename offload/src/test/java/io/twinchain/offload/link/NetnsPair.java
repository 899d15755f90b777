/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two network namespaces joined by a veth pair, {@code 10.203.<subnet>.1/30} on the gateway side
 * and {@code .2} on the AP side, with a {@code tc tbf} rate limit on the gateway's egress. Names
 * carry this JVM's pid so parallel runs do not collide, and namespaces left by a dead JVM are
 * deleted first. {@link #close()} deletes both namespaces, which also deletes the veth pair and its
 * qdisc.
 */
final class NetnsPair implements AutoCloseable {
  private static final String PREFIX = "tc-link-";
  private final String gateway;
  private final String ap;
  private final String subnet;
  private final List<String> created = new ArrayList<>();

  private NetnsPair(final long id) {
    this.gateway = PREFIX + "gw-" + id;
    this.ap = PREFIX + "ap-" + id;
    this.subnet = "10.203." + (id % 250) + ".";
  }

  /**
   * Creates the pair with the gateway's egress shaped to {@code rate} (tc syntax, e.g. {@code
   * 20mbit}); on any failure deletes what it created and throws.
   */
  static NetnsPair create(final String rate) throws IOException, InterruptedException {
    deleteStale();
    final NetnsPair pair = new NetnsPair(ProcessHandle.current().pid());
    try {
      pair.build(rate);
      return pair;
    } catch (final IOException | InterruptedException | RuntimeException e) {
      pair.close();
      throw e;
    }
  }

  /** Deletes namespaces of earlier runs whose JVM died before cleaning up (e.g. killed). */
  private static void deleteStale() throws IOException, InterruptedException {
    for (final String line : run("ip", "netns", "list").split("\n")) {
      final String name = line.split(" ")[0];
      if (name.matches(PREFIX + "(gw|ap)-\\d+")) {
        final long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        if (ProcessHandle.of(pid).isEmpty()) {
          run("ip", "netns", "del", name);
        }
      }
    }
  }

  private void build(final String rate) throws IOException, InterruptedException {
    final String gwDev = "tcg" + gateway.substring(gateway.lastIndexOf('-') + 1);
    final String apDev = "tca" + gateway.substring(gateway.lastIndexOf('-') + 1);
    for (final String namespace : List.of(gateway, ap)) {
      run("ip", "netns", "add", namespace);
      created.add(namespace);
      run("ip", "-n", namespace, "link", "set", "lo", "up");
    }
    run(
        "ip", "-n", gateway, "link", "add", gwDev, "type", "veth", "peer", "name", apDev, "netns",
        ap);
    run("ip", "-n", gateway, "addr", "add", gatewayAddress() + "/30", "dev", gwDev);
    run("ip", "-n", ap, "addr", "add", apAddress() + "/30", "dev", apDev);
    run("ip", "-n", gateway, "link", "set", gwDev, "up");
    run("ip", "-n", ap, "link", "set", apDev, "up");
    run(
        "ip", "netns", "exec", gateway, "tc", "qdisc", "add", "dev", gwDev, "root", "tbf", "rate",
        rate, "burst", "1600", "limit", "1000000");
  }

  String gatewayAddress() {
    return subnet + "1";
  }

  String apAddress() {
    return subnet + "2";
  }

  /** A process builder for {@code command} inside the gateway's namespace. */
  ProcessBuilder inGateway(final List<String> command) {
    return inNamespace(gateway, command);
  }

  /** A process builder for {@code command} inside the AP's namespace. */
  ProcessBuilder inAp(final List<String> command) {
    return inNamespace(ap, command);
  }

  private static ProcessBuilder inNamespace(final String namespace, final List<String> command) {
    final List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
    full.addAll(command);
    return new ProcessBuilder(full);
  }

  /** Runs a command to completion; throws with its output if it fails. */
  static String run(final String... command) throws IOException, InterruptedException {
    final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    final String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed: " + output.strip());
    }
    return output;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    IOException failure = null;
    for (final String namespace : created.reversed()) {
      try {
        run("ip", "netns", "del", namespace);
      } catch (final IOException e) {
        failure = e;
      }
    }
    created.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
