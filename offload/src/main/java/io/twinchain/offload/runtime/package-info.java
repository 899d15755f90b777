/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Running model partitions with ONNX Runtime (the adaptor behind {@link
 * io.twinchain.offload.runtime.InferenceStage}) and the AP's inference executor, throttled to the
 * controller's inference share f^I_k / f^max_k (spec §2.5).
 */
package io.twinchain.offload.runtime;
