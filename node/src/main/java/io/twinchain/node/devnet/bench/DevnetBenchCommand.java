/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import io.twinchain.node.devnet.DevnetHttp;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.devnet.DevnetSupervisor;
import io.twinchain.node.devnet.ProcessLauncher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devnet bench}: starts a fresh devnet with {@code devnet up --detach} in a new JVM, times
 * it to the first mined block and to every process ready, waits {@code --warmup} seconds, takes the
 * mean block interval over {@code --window} seconds from ap-1's head timestamps, sums resident
 * memory over every process and its children, reads every twin's slot latency, removes the devnet
 * and prints {@code uptime} before and after plus one JSON line of figures.
 */
@Command(
    name = "bench",
    description = "Measure a fresh devnet: first block, readiness, block interval, memory.")
public final class DevnetBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--access-points", defaultValue = "3", description = "APs (default: 3).")
  private int accessPoints;

  @Option(names = "--gateways", defaultValue = "2", description = "Gateways (default: 2).")
  private int gateways;

  @Option(names = "--devices", defaultValue = "10", description = "Machines (default: 10).")
  private int devices;

  @Option(
      names = "--port-offset",
      defaultValue = "3000",
      description = "Added to every port (default: ${DEFAULT-VALUE}).")
  private int portOffset;

  @Option(
      names = "--data-path",
      defaultValue = "/tmp/twinchain-devnet-bench",
      description = "Folder of the devnet, deleted first and last (default: ${DEFAULT-VALUE}).")
  private Path dataPath;

  @Option(
      names = "--warmup",
      defaultValue = "60",
      description = "Seconds after the start before the window (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(
      names = "--window",
      defaultValue = "120",
      description = "Seconds of block observation (default: ${DEFAULT-VALUE}).")
  private int window;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    final DevnetLayout layout =
        new DevnetLayout(dataPath, "127.0.0.1", accessPoints, gateways, devices, portOffset);
    final DevnetHttp http = new DevnetHttp(layout.host());
    devnet("remove");
    out.println("before: " + LoadAverage.uptime());
    out.flush();
    final StartTiming.Times times =
        StartTiming.run(
            devnetCommand(
                "up",
                "--detach",
                "--port-offset",
                Integer.toString(portOffset),
                "--access-points",
                Integer.toString(accessPoints),
                "--gateways",
                Integer.toString(gateways),
                "--devices",
                Integer.toString(devices)),
            http,
            rpcPorts(layout, DevnetProcess.Kind.AP),
            out);
    final BenchFigures figures = new BenchFigures(layout, times);
    try {
      figures.cpuAtStart();
      out.printf("all ready after %.1f s; warming up for %d s%n", times.allReady(), warmup);
      out.flush();
      DevnetSupervisor.sleep(Duration.ofSeconds(warmup));
      final int ap1 = rpcPorts(layout, DevnetProcess.Kind.AP).getFirst();
      final Optional<ChainHead> first = ChainHead.read(http, ap1);
      out.printf("observing blocks for %d s from head %s%n", window, first.map(ChainHead::number));
      out.flush();
      DevnetSupervisor.sleep(Duration.ofSeconds(window));
      figures.window(window, first, ChainHead.read(http, ap1));
      figures.memory();
      figures.latencies(SlotLatencies.read(http, rpcPorts(layout, DevnetProcess.Kind.GATEWAY)));
      figures.heads(http, rpcPorts(layout, DevnetProcess.Kind.AP));
    } finally {
      final String after = LoadAverage.uptime();
      devnet("remove");
      out.println("after: " + after);
    }
    out.println(figures.json());
    out.flush();
    return 0;
  }

  private static List<Integer> rpcPorts(final DevnetLayout layout, final DevnetProcess.Kind kind) {
    return layout.nodes().stream()
        .filter(process -> process.kind() == kind)
        .map(process -> process.port("rpc-http"))
        .toList();
  }

  private List<String> devnetCommand(final String subcommand, final String... options)
      throws IOException {
    final List<String> command =
        new ArrayList<>(List.of("devnet", subcommand, "--data-path", dataPath.toString()));
    command.addAll(List.of(options));
    return ProcessLauncher.selfCommand(scratch(), command);
  }

  private void devnet(final String subcommand) throws IOException {
    final Process process =
        new ProcessBuilder(devnetCommand(subcommand))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where an argfile goes when running from classes: beside, not inside, the devnet folder. */
  private Path scratch() {
    return dataPath.toAbsolutePath().resolveSibling(dataPath.getFileName() + "-launch");
  }
}
