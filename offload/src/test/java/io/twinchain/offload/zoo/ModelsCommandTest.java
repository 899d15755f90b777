/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.offload.onnx.OnnxModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelsCommandTest {
  @TempDir Path temp;

  @Test
  void listShowsEveryModelWithItsDepth() {
    final String out = run("list", "--zoo", "models");
    assertThat(out).contains("vgg16-cifar", "resnet18-cifar", "vibration-cnn");
    assertThat(out).containsPattern("vgg16-cifar\\s+21");
  }

  @Test
  void splitWritesLoadableHeadAndTail() throws IOException {
    final String out =
        run("split", "--zoo", "models", "vgg16-cifar", "7", "--out", temp.toString());
    assertThat(out).contains("l=7 of L=21");
    assertThat(OnnxModel.load(temp.resolve("head.onnx")).output().getName())
        .isEqualTo(OnnxModel.load(temp.resolve("tail.onnx")).input().getName());
  }

  @Test
  void unknownModelAndBadCutAreReportedNotThrown() {
    final CommandLine cli = new CommandLine(new ModelsCommand());
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("split", "--zoo", "models", "alexnet", "1")).isNotZero();
    assertThat(cli.execute("split", "--zoo", "models", "vibration-cnn", "99")).isNotZero();
  }

  @Test
  void profileOfADroppedInModelWritesItsManifest() throws IOException {
    final Path dropped = Files.createDirectories(temp.resolve("zoo").resolve("my-model"));
    Files.copy(Path.of("models", "vibration-cnn", "model.onnx"), dropped.resolve("model.onnx"));
    final String out =
        run(
            "profile",
            "--zoo",
            temp.resolve("zoo").toString(),
            "--warmup",
            "1",
            "--iterations",
            "2");
    assertThat(out).contains("my-model", "phi*f");
    final JsonNode manifest = ManifestFile.JSON.readTree(dropped.resolve("manifest.json").toFile());
    assertThat(manifest.path("layers")).hasSize(11);
    assertThat(manifest.path("layers").get(1).path("chiFlops").asLong()).isPositive();
    assertThat(manifest.path("profile").path("cuts")).hasSize(11);
    assertThat(manifest.path("profile").path("onnxRuntime").asText()).contains("intraOpThreads=1");
    assertThat(manifest.path("calibration").path("phiTimesFFlopsPerSecond").asDouble())
        .isPositive();
  }

  private static String run(final String... args) {
    final StringWriter out = new StringWriter();
    final CommandLine cli = new CommandLine(new ModelsCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }
}
