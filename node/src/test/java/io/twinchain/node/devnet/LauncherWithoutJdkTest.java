/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./twinchain devnet up} where no JDK 21+ is to be found: JAVA_HOME names a JDK 17, the PATH
 * holds only the shell tools the launcher needs, and the JDK folder it searches is empty. The
 * launcher must say so in plain words and exit 2 before starting anything.
 */
class LauncherWithoutJdkTest {
  private static final List<String> TOOLS = List.of("dirname", "ls", "sort", "awk", "readlink");

  @TempDir Path dir;

  @Test
  void anOldJdkAndNoOtherGiveOneClearMessage() throws Exception {
    final Path jdk17 = fakeJdk("17");
    final Path empty = Files.createDirectories(dir.resolve("jvms"));
    final ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", DevnetProcesses.LAUNCHER.toString(), "devnet", "up")
            .directory(dir.toFile());
    final Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", toolsOnly().toString());
    env.put("JAVA_HOME", jdk17.toString());
    env.put("TWINCHAIN_JVM_DIR", empty.toString());
    final Process launcher = builder.start();
    final String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    final String err = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(launcher.exitValue()).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err)
        .startsWith("twinchain: no JDK 21 or newer found")
        .contains("install one")
        .doesNotContain("Exception")
        .doesNotContain("command not found");
    assertThat(dir.resolve("devnet-data")).doesNotExist();
  }

  /** A folder with bin/javac and a bin/java that reports specification version {@code major}. */
  private Path fakeJdk(final String major) throws IOException {
    final Path bin = Files.createDirectories(dir.resolve("jdk-" + major).resolve("bin"));
    executable(
        bin.resolve("java"),
        "#!/bin/bash\necho '    java.specification.version = " + major + "' >&2\n");
    executable(bin.resolve("javac"), "#!/bin/bash\nexit 0\n");
    return bin.getParent();
  }

  /** A PATH folder linking only the tools the launcher uses, so no real JDK can be found on it. */
  private Path toolsOnly() throws IOException {
    final Path bin = Files.createDirectories(dir.resolve("tools"));
    for (final String tool : TOOLS) {
      for (final String folder : List.of("/usr/bin", "/bin")) {
        final Path real = Path.of(folder, tool);
        if (Files.isExecutable(real) && !Files.exists(bin.resolve(tool))) {
          Files.createSymbolicLink(bin.resolve(tool), real);
        }
      }
    }
    return bin;
  }

  private static void executable(final Path file, final String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
