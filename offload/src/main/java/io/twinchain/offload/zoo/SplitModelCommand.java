/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import io.twinchain.offload.split.ModelPartition;
import io.twinchain.offload.split.PartitionCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code twinchain models split <id> <l>}: writes the head and tail ONNX files of one cut. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = "Write head.onnx (layers 1..l) and tail.onnx (layers l+1..L) of a model.")
final class SplitModelCommand implements Callable<Integer> {
  @Mixin private ZooOptions zoo;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<id>", description = "Model id.")
  private String id;

  @Parameters(index = "1", paramLabel = "<l>", description = "Partition point, 0..L.")
  private int cut;

  @Option(names = "--out", description = "Output directory (default: current directory).")
  private Path out = Path.of(".");

  @Override
  public Integer call() throws Exception {
    final ZooModel model = zoo.open().model(id);
    final ModelPartition partition = new PartitionCache(model.layers()).partition(cut);
    Files.createDirectories(out);
    final var printer = spec.commandLine().getOut();
    printer.printf(
        "%s cut at l=%d of L=%d, tensor '%s'%n",
        id, cut, model.layers().depth(), partition.cutTensor());
    if (partition.head().isPresent()) {
      Files.write(out.resolve("head.onnx"), partition.head().get().toByteArray());
      printer.printf(
          "head: %s (%d nodes)%n",
          out.resolve("head.onnx"), partition.head().get().getGraph().getNodeCount());
    }
    if (partition.tail().isPresent()) {
      Files.write(out.resolve("tail.onnx"), partition.tail().get().toByteArray());
      printer.printf(
          "tail: %s (%d nodes)%n",
          out.resolve("tail.onnx"), partition.tail().get().getGraph().getNodeCount());
    }
    return 0;
  }
}
