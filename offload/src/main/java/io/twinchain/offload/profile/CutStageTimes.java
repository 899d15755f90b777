/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Head and tail timing at one partition point, for one input batch; {@link StageTime#NONE} for the
 * stage that does not run (the head at l = 0, the tail at l = L).
 *
 * @param l partition point
 * @param head layers 1..l on the input
 * @param tail layers l+1..L on the head's output
 */
record CutStageTimes(int l, StageTime head, StageTime tail) {

  /** Times every partition point of {@code model} on {@code input}. */
  static List<CutStageTimes> measure(
      final PartitionedModel model, final StageTimer timer, final Tensor input) {
    final int depth = model.layers().depth();
    final List<CutStageTimes> cuts = new ArrayList<>();
    for (int l = 0; l <= depth; l++) {
      final int cut = l;
      final Tensor sent = model.runHead(cut, input);
      final StageTime head =
          l == 0 ? StageTime.NONE : timer.time(x -> model.runHead(cut, x), input);
      final StageTime tail =
          l == depth ? StageTime.NONE : timer.time(x -> model.runTail(cut, x), sent);
      cuts.add(new CutStageTimes(cut, head, tail));
    }
    return cuts;
  }
}
