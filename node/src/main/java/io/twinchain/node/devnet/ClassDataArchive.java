/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A class-data-sharing archive per devnet process, beside the node jar ({@code devnet-cds/<java
 * version>/<process>.jsa}): a process's start is mostly loading, verifying and initialising classes
 * on a busy CPU, and the archive hands it those classes pre-parsed. The JVM writes the archive when
 * the process exits normally ({@code down}, Ctrl-C) and uses it from the next start on ({@code
 * -XX:+AutoCreateSharedArchive}, JDK 19+). An archive older than the jar is deleted first: the JVM
 * refuses it (its jar changed) but, as seen on JDK 25, then writes no new one at exit. A folder per
 * JVM version keeps other JVMs' archives apart; one file per process name, so the processes of one
 * devnet never write the same file. Classes from a directory cannot be archived, so running from
 * classes (the tests' class path) gets no options.
 */
final class ClassDataArchive {
  private static final String FOLDER = "devnet-cds";

  private ClassDataArchive() {}

  /** The JVM options for the process called {@code name} run from {@code code}. */
  static List<String> options(final Path code, final String name) {
    if (!Files.isRegularFile(code)) {
      return List.of();
    }
    final Path folder =
        code.toAbsolutePath().resolveSibling(FOLDER).resolve(Runtime.version().toString());
    final Path archive = folder.resolve(name + ".jsa");
    try {
      Files.createDirectories(folder);
      if (Files.exists(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(code)) < 0) {
        Files.delete(archive);
      }
    } catch (IOException e) {
      return List.of(); // a read-only install starts as before, only slower
    }
    return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
  }
}
