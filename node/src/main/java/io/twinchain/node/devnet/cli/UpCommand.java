/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetException;
import io.twinchain.node.devnet.DevnetGenesis;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetSupervisor;
import io.twinchain.node.devnet.LayoutFile;
import io.twinchain.node.devnet.LoopChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code devnet up}: generate a fresh devnet, start it, print its endpoints. */
@Command(
    name = "up",
    description = "Generate a fresh devnet, start every process and print the endpoints.")
public final class UpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;
  @Mixin private StartOptions start;
  @Mixin private LoopOptions loop;

  @Option(
      names = "--access-points",
      paramLabel = "N",
      defaultValue = "3",
      description = "AP nodes (default: ${DEFAULT-VALUE}).")
  private int accessPoints;

  @Option(
      names = "--gateways",
      paramLabel = "N",
      defaultValue = "2",
      description = "Gateway nodes (default: ${DEFAULT-VALUE}).")
  private int gateways;

  @Option(
      names = "--devices",
      paramLabel = "N",
      defaultValue = "10",
      description = "Simulated machines (default: ${DEFAULT-VALUE}).")
  private int devices;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address every process binds (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--port-offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Added to every port (default: ${DEFAULT-VALUE}).")
  private int portOffset;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    checkSizes();
    final LoopChoice choice = loop.choice();
    if (LayoutFile.read(data.dataPath()).isPresent()) {
      final boolean running = !start.supervisor(data.layout(), out).running().isEmpty();
      throw new DevnetException(
          running
              ? "a devnet is already running from "
                  + data.dataPath()
                  + " (see `twinchain devnet status`; stop it with `twinchain devnet down`)"
              : "a devnet already exists in "
                  + data.dataPath()
                  + ": `twinchain devnet resume` continues it, `twinchain devnet remove` deletes it");
    }
    if (Files.isDirectory(data.dataPath())) {
      try (var entries = Files.list(data.dataPath())) {
        if (entries.findAny().isPresent()) {
          throw new DevnetException(
              data.dataPath() + " is not empty and holds no devnet; choose another --data-path");
        }
      }
    }
    final DevnetLayout layout =
        new DevnetLayout(data.dataPath(), host, accessPoints, gateways, devices, portOffset);
    layout.processes().forEach(process -> DevnetSupervisor.requirePortsFree(layout, process));
    out.println("generating dev keys and genesis into " + layout.dataDir());
    out.flush();
    DevnetGenesis.generate(layout, choice);
    return start.startAndReport(layout, out);
  }

  private void checkSizes() {
    if (accessPoints < 1 || accessPoints > 16 || gateways < 1 || gateways > 16) {
      throw new DevnetException("--access-points and --gateways must be in 1..16");
    }
    if (devices < 0 || devices > 10_000) {
      throw new DevnetException("--devices must be in 0..10000");
    }
    if (portOffset < 0 || portOffset > 20_000) {
      throw new DevnetException("--port-offset must be in 0..20000");
    }
  }
}
