/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

/** Why an AP refused or failed a tail request; sent back to the gateway as a typed error. */
public enum TailError {
  /** The request envelope could not be read (too short, bad version, bad model id). */
  MALFORMED_REQUEST,
  /** The tensor frame inside the request failed a check of the frame codec. */
  MALFORMED_FRAME,
  /** The model is not in the AP's zoo. */
  UNKNOWN_MODEL,
  /** The partition point is outside 0..L of the model. */
  CUT_OUT_OF_RANGE,
  /** The tensor does not have the cut tensor's shape or element type. */
  SHAPE_MISMATCH,
  /** The AP's inference share f^I is 0, so it runs no tails. */
  NO_INFERENCE_SHARE,
  /** ONNX Runtime failed while running the tail. */
  INFERENCE_FAILED;

  /** The error with wire code {@code code}, if there is one. */
  static java.util.Optional<TailError> ofCode(final int code) {
    return code >= 0 && code < values().length
        ? java.util.Optional.of(values()[code])
        : java.util.Optional.empty();
  }
}
