/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.NodeProto;
import io.twinchain.offload.onnx.OnnxModel;
import io.twinchain.offload.onnx.UnsupportedModelException;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSplitterTest {

  @Test
  void residualInteriorIsNotACutButItsBoundaryIs() {
    final ModelLayers layers = ModelLayers.of(HandBuiltGraphs.residualWithConstant());
    assertThat(layers.layers()).extracting(Layer::tensor).containsExactly("x", "a", "c", "d", "e");
    assertThat(layers.layer(2).opTypes()).containsExactly("Neg", "Add");
    assertThat(layers.layer(3).opTypes()).containsExactly("Exp", "Reshape");
  }

  @Test
  void tailCarriesTheConstantItNeedsAndHeadEndsAtTheCut() {
    final ModelLayers layers = ModelLayers.of(HandBuiltGraphs.residualWithConstant());
    final ModelPartition partition = new PartitionCache(layers).partition(2);
    assertThat(partition.head().orElseThrow().getGraph().getNodeList())
        .extracting(NodeProto::getOpType)
        .containsExactly("Relu", "Neg", "Add");
    assertThat(partition.head().orElseThrow().getGraph().getOutput(0).getName()).isEqualTo("c");
    assertThat(partition.tail().orElseThrow().getGraph().getNodeList())
        .extracting(NodeProto::getOpType)
        .containsExactly("Exp", "Constant", "Reshape", "Softmax");
    assertThat(partition.tail().orElseThrow().getGraph().getInput(0).getName()).isEqualTo("c");
  }

  @Test
  void untypedUserModelRunsSplitAtEveryCut() {
    final ModelLayers layers = ModelLayers.of(HandBuiltGraphs.residualWithConstant());
    try (PartitionedModel model = new PartitionedModel(layers, OrtSettings.SINGLE_THREAD)) {
      final Tensor input = Tensor.ofFloats(new long[] {3, 2}, new float[] {-1, 2, 0.5f, -3, 4, 1});
      final Tensor expected = model.full().run(input);
      for (int l = 0; l <= layers.depth(); l++) {
        assertThat(model.runTail(l, model.runHead(l, input)).data())
            .as("cut %d", l)
            .isEqualTo(expected.data());
      }
    }
  }

  @Test
  void extremesHaveNoHeadOrNoTail() {
    final PartitionCache cache =
        new PartitionCache(ModelLayers.of(HandBuiltGraphs.residualWithConstant()));
    assertThat(cache.partition(0).head()).isEmpty();
    assertThat(cache.partition(0).cutTensor()).isEqualTo("x");
    assertThat(cache.partition(4).tail()).isEmpty();
    assertThat(cache.partition(1)).isSameAs(cache.partition(1));
    assertThatThrownBy(() -> cache.partition(5)).isInstanceOf(CutPointOutOfRangeException.class);
  }

  @Test
  void vggHasTheSpecsTwentyOneLayers() throws IOException {
    final ModelLayers vgg = ModelZoo.open(Path.of("models")).model("vgg16-cifar").layers();
    assertThat(vgg.depth()).isEqualTo(21);
    assertThat(vgg.layer(3).opTypes()).containsExactly("MaxPool");
    assertThat(vgg.layer(18).opTypes()).containsExactly("MaxPool", "Flatten");
    assertThat(vgg.layer(19).opTypes()).containsExactly("Gemm", "Relu");
  }

  @Test
  void resnetCutsOnlyAtBlockBoundaries() throws IOException {
    final ModelLayers resnet = ModelZoo.open(Path.of("models")).model("resnet18-cifar").layers();
    assertThat(resnet.depth()).isEqualTo(11);
    for (int l = 2; l <= 9; l++) {
      final List<String> ops = resnet.layer(l).opTypes();
      assertThat(ops).as("block %d", l).contains("Add").endsWith("Relu");
    }
  }

  @Test
  void garbageAndMultiInputModelsAreRejected() {
    assertThatThrownBy(() -> OnnxModel.parse(new byte[] {1, 2, 3, 4, 5}))
        .isInstanceOf(UnsupportedModelException.class);
    final var proto = HandBuiltGraphs.residualWithConstant().proto();
    final var twoInputs =
        proto.toBuilder()
            .setGraph(proto.getGraph().toBuilder().addInput(HandBuiltGraphs.floatInput("y", 1)))
            .build();
    assertThatThrownBy(() -> OnnxModel.parse(twoInputs.toByteArray()))
        .isInstanceOf(UnsupportedModelException.class)
        .hasMessageContaining("2 inputs");
  }
}
