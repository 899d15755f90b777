/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code twinchain keys generate|show}: the node's secp256k1 key. */
@Command(
    name = "keys",
    description = "Generate or show a node key.",
    subcommands = {KeysCommand.Generate.class, KeysCommand.Show.class})
final class KeysCommand {

  static void print(final PrintWriter out, final NodeKey key, final Path file) {
    out.println("key file:   " + file.toAbsolutePath());
    out.println("node id:    0x" + key.nodeId().toHex());
    out.println("address:    " + key.address());
    out.flush();
  }

  /** {@code keys generate}. */
  @Command(
      name = "generate",
      description = "Write a new key (0600) and its .pub; refuses to overwrite.")
  static final class Generate implements java.util.concurrent.Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
        names = "--to",
        paramLabel = "FILE",
        description = "Key file to write (default: ${DEFAULT-VALUE}).",
        defaultValue = "data/key")
    private Path file;

    @Override
    public Integer call() throws IOException {
      print(spec.commandLine().getOut(), NodeKeyFile.generate(file, new SecureRandom()), file);
      return 0;
    }
  }

  /** {@code keys show}. */
  @Command(name = "show", description = "Print the node id and address of a key file.")
  static final class Show implements java.util.concurrent.Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
        names = "--key-file",
        paramLabel = "FILE",
        description = "Key file to read (default: ${DEFAULT-VALUE}).",
        defaultValue = "data/key")
    private Path file;

    @Override
    public Integer call() {
      print(spec.commandLine().getOut(), NodeKeyFile.load(file), file);
      return 0;
    }
  }
}
