/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import io.twinchain.node.cli.TwinchainCommand;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts one devnet process as its own JVM: the same {@code java} as this one, with the node jar
 * ({@code -jar}, whose manifest carries the class path) or, when running from classes, an
 * {@code @argfile} holding the class path. The command line stays short either way: ONNX Runtime
 * crashes when a process's command line exceeds about 4 KB. Each process gets its own session
 * ({@code setsid}) so that a terminal's Ctrl-C reaches only {@code devnet up}, which then stops
 * everything in order; output goes to {@code logs/<name>.log}.
 */
public final class ProcessLauncher {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final DevnetLayout layout;
  private final Path dataDir;

  ProcessLauncher(final DevnetLayout layout) {
    this.layout = layout;
    this.dataDir = layout.dataDir();
  }

  /** Starts {@code process}; returns at once. */
  ProcessHandle start(final DevnetProcess process) throws IOException {
    final Path log = layout.logFile(process.name());
    Files.createDirectories(log.getParent());
    final ProcessBuilder builder =
        new ProcessBuilder(command(process))
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder.start().toHandle();
  }

  private List<String> command(final DevnetProcess process) throws IOException {
    final List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    final List<String> options =
        new ArrayList<>(ClassDataArchive.options(codeLocation(), process.name()));
    options.addAll(jvmOptions(process.kind()));
    command.addAll(selfCommand(dataDir.resolve("logs"), options, process.arguments()));
    return command;
  }

  /**
   * The command line of this node CLI with {@code arguments} in a new JVM (the same {@code java}
   * and code), e.g. {@code devnet up --detach}; an argfile, if needed, goes to {@code scratch}.
   */
  public static List<String> selfCommand(final Path scratch, final List<String> arguments)
      throws IOException {
    return selfCommand(scratch, List.of(), arguments);
  }

  private static List<String> selfCommand(
      final Path scratch, final List<String> jvmOptions, final List<String> arguments)
      throws IOException {
    final List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.addAll(launchTarget(scratch));
    command.addAll(arguments);
    return command;
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * Heap caps keep seven JVMs within the devnet's memory budget; {@code TWINCHAIN_DEVNET_JAVA_OPTS}
   * adds options to every process.
   */
  private static List<String> jvmOptions(final DevnetProcess.Kind kind) {
    final List<String> options = new ArrayList<>();
    options.add("-XX:+UseSerialGC");
    options.add(
        switch (kind) {
          case AP, GATEWAY -> "-Xmx512m";
          case BROKER -> "-Xmx256m";
          case SIMULATOR -> "-Xmx128m";
        });
    final String extra = System.getenv().getOrDefault("TWINCHAIN_DEVNET_JAVA_OPTS", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(Arrays.asList(extra.split("\\s+")));
    }
    return options;
  }

  /** The node jar, or the folder of its classes when running from classes. */
  private static Path codeLocation() throws IOException {
    try {
      return Path.of(
          TwinchainCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the node's classes", e);
    }
  }

  private static List<String> launchTarget(final Path scratch) throws IOException {
    final Path code = codeLocation();
    if (Files.isRegularFile(code)) {
      return List.of("-jar", code.toString());
    }
    Files.createDirectories(scratch);
    final Path argfile = scratch.resolve("classpath.args");
    Files.writeString(
        argfile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
    return List.of("@" + argfile, TwinchainCommand.class.getName());
  }
}
