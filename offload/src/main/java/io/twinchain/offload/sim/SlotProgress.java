/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

/** Told after every simulated slot; the CLI draws a progress bar from it. */
@FunctionalInterface
public interface SlotProgress {

  /** Ignores progress. */
  SlotProgress NONE = () -> {};

  /** One more slot is done. */
  void slotDone();
}
