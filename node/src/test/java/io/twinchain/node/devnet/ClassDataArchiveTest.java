/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir Path dir;

  @Test
  void aJarGetsOneArchivePerProcessBesideItForThisJvm() throws IOException {
    final Path jar = Files.createFile(dir.resolve("twinchain-node.jar"));

    assertThat(ClassDataArchive.options(jar, "ap-2"))
        .containsExactly(
            "-XX:+AutoCreateSharedArchive",
            "-XX:SharedArchiveFile="
                + dir.resolve("devnet-cds")
                    .resolve(Runtime.version().toString())
                    .resolve("ap-2.jsa"));
    assertThat(dir.resolve("devnet-cds").resolve(Runtime.version().toString())).isDirectory();
  }

  @Test
  void classesFromAFolderGetNoArchive() {
    assertThat(ClassDataArchive.options(dir, "ap-1")).isEmpty();
  }
}
