/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

/**
 * Inference work reached an AP whose inference share is zero (f^I_k = 0): the spec's latency
 * W/(φ·f^I) is unbounded, so the task is refused rather than queued forever (spec §2.5).
 */
public final class NoInferenceShareException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** A refusal explained by {@code message}. */
  public NoInferenceShareException(final String message) {
    super(message);
  }
}
