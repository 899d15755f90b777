/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
  void anArchiveOlderThanTheJarIsDeletedSoTheJvmWritesAFreshOne() throws IOException {
    final Path jar = Files.createFile(dir.resolve("twinchain-node.jar"));
    final Path folder = dir.resolve("devnet-cds").resolve(Runtime.version().toString());
    final Path stale = Files.createFile(Files.createDirectories(folder).resolve("ap-1.jsa"));
    final Path fresh = Files.createFile(folder.resolve("ap-2.jsa"));
    final FileTime built = Files.getLastModifiedTime(jar);
    Files.setLastModifiedTime(stale, FileTime.fromMillis(built.toMillis() - 60_000));
    Files.setLastModifiedTime(fresh, FileTime.fromMillis(built.toMillis() + 60_000));

    ClassDataArchive.options(jar, "ap-1");
    ClassDataArchive.options(jar, "ap-2");

    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
  }

  @Test
  void classesFromAFolderGetNoArchive() {
    assertThat(ClassDataArchive.options(dir, "ap-1")).isEmpty();
  }
}
