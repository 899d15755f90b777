/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.controller.CompletedWork;
import io.twinchain.node.controller.SlotClock;
import java.util.function.Consumer;

/**
 * What the gateway's offload loop shares with the slot loop of the node.
 *
 * @param clock the one slot clock of the chain: the loop runs once per slot of it, and names its
 *     partition records, conditions and completed work by its slot numbers
 * @param shares which APs have an inference share in a slot
 * @param work where each inference an AP completed goes, to be receipted
 */
public record SlotLoopPorts(SlotClock clock, ApShares shares, Consumer<CompletedWork> work) {

  /** A gateway without a controller: every AP serves and no work is receipted. */
  public static SlotLoopPorts standalone(final SlotClock clock) {
    return new SlotLoopPorts(clock, ApShares.ALWAYS, work -> {});
  }
}
