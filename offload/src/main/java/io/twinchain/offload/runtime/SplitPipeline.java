/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import io.twinchain.offload.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Head and tail of one partition point bound for repeated runs in one process: the head writes the
 * cut tensor into a pre-allocated buffer whose runtime value is the tail's input, so a run is two
 * native session calls and nothing else (no wrapping, allocation or copy of the cut tensor). This
 * is the split path the split-overhead figure measures, and what a node running both sides of a
 * partition would use. Not thread-safe; the output is overwritten by every run.
 */
public final class SplitPipeline implements AutoCloseable {
  private final Tensor input;
  private final List<BoundStage> stages;

  private SplitPipeline(final Tensor input, final List<BoundStage> stages) {
    this.input = input;
    this.stages = List.copyOf(stages);
  }

  /**
   * Binds {@code head} then {@code tail} (either may be absent at l = 0 or l = L) to {@code input}.
   */
  static SplitPipeline bind(
      final Optional<OrtStage> head, final Optional<OrtStage> tail, final Tensor input) {
    final List<BoundStage> stages = new ArrayList<>(2);
    head.ifPresent(stage -> stages.add(stage.bind(input)));
    try {
      tail.ifPresent(
          stage ->
              stages.add(stages.isEmpty() ? stage.bind(input) : stage.bindAfter(stages.get(0))));
    } catch (final RuntimeException e) {
      stages.forEach(BoundStage::close);
      throw e;
    }
    return new SplitPipeline(input, stages);
  }

  /** Runs head then tail on the bound input's current contents; returns the (reused) output. */
  public Tensor run() {
    Tensor output = input;
    for (final BoundStage stage : stages) {
      output = stage.run();
    }
    return output;
  }

  @Override
  public void close() {
    stages.forEach(BoundStage::close);
  }
}
