/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

/**
 * Where a gateway's offload slots stand against the controller's. The controller counts slots from
 * the genesis timestamp; a gateway's offload loop may count them from the Unix epoch (same length,
 * so the two differ by genesis / slot length when that divides evenly). A twin's latest condition
 * tells which numbering the gateway uses: far from the controller's slot, it is the epoch's.
 */
final class SlotAlignment {
  /** Conditions this many slots from the controller's current slot use the genesis numbering. */
  private static final long NEAR = 100_000;

  private SlotAlignment() {}

  /**
   * The offload slot number of controller slot 0.
   *
   * @param conditionSlot the slot a twin's latest condition was computed in
   * @param controllerSlot the controller's current slot
   * @param genesisMillis the genesis timestamp, ms
   * @param slotMillis the common slot length, ms
   */
  static long offset(
      final long conditionSlot,
      final long controllerSlot,
      final long genesisMillis,
      final long slotMillis) {
    if (Math.abs(conditionSlot - controllerSlot) < NEAR) {
      return 0;
    }
    if (genesisMillis % slotMillis != 0) {
      throw new IllegalStateException(
          "the gateways count offload slots from the epoch and the slot length "
              + slotMillis
              + " ms does not divide the genesis time; use a slot length that divides 1000 ms");
    }
    return genesisMillis / slotMillis;
  }
}
