/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.util.Optional;

/**
 * A model split at partition point {@code l}: the head runs layers 1..l on the gateway and outputs
 * {@code cutTensor}; the tail takes {@code cutTensor} and runs layers l+1..L on the AP. At l = 0
 * there is no head (the raw input is sent); at l = L there is no tail (the gateway sends the
 * result).
 *
 * @param l partition point
 * @param cutTensor name of the tensor crossing the cut
 * @param head gateway part, empty at l = 0
 * @param tail AP part, empty at l = L
 */
public record ModelPartition(
    int l, String cutTensor, Optional<ModelProto> head, Optional<ModelProto> tail) {}
