/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime session settings. Profiles record them, because latency depends on them: the default
 * runs each stage on one intra-op and one inter-op thread, sequentially, with all graph
 * optimisations, so one stage uses one core as the spec's per-node frequency f assumes.
 *
 * @param intraOpThreads threads inside one operator
 * @param interOpThreads threads across operators
 */
public record OrtSettings(int intraOpThreads, int interOpThreads) {

  /** One thread each: one core per stage. */
  public static final OrtSettings SINGLE_THREAD = new OrtSettings(1, 1);

  /** Session options for these settings; the caller closes them. */
  OrtSession.SessionOptions toOptions() throws OrtException {
    final OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(intraOpThreads);
    options.setInterOpNumThreads(interOpThreads);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  /** Human-readable form recorded in manifests. */
  public String describe() {
    return "intraOpThreads="
        + intraOpThreads
        + ", interOpThreads="
        + interOpThreads
        + ", executionMode=SEQUENTIAL, optimization=ALL_OPT";
  }
}
