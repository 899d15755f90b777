/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import io.twinchain.node.controller.ApAllocation;
import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.controller.ControllerStatus;
import io.twinchain.node.controller.SignedDecision;
import io.twinchain.node.controller.SlotDecision;
import io.twinchain.node.controller.TwinCut;
import io.twinchain.offload.controller.QueueState;
import java.util.List;
import java.util.Optional;

/**
 * A gateway's controller view for the golden files: one decision for slot 42 signed by the dev key,
 * and the clock at slot 50, so the node runs on a stale decision since slot 43.
 */
final class GoldenController implements ControllerQueries {

  private final ControllerStatus status = new ControllerStatus();

  GoldenController() {
    status.accepted(
        SignedDecision.sign(
            new SlotDecision(
                42,
                "dpra",
                10,
                List.of(new TwinCut("plant:a1", 3), new TwinCut("plant:b1", 0)),
                List.of(
                    new ApAllocation(
                        "0x627306090abab3a6e1400e9345bc60c78a8bef57", 1.5e9, 1.5e9, 3e9, 0.25),
                    new ApAllocation(
                        "0xf17f52151ebef6c7334fad080c5704d77216b732", 0, 3e9, 3e9, 1.5))),
            RpcTestNode.DEV_KEY));
    status.checkSlot(50);
  }

  @Override
  public String role() {
    return "gateway";
  }

  @Override
  public long currentSlot() {
    return 50;
  }

  @Override
  public ControllerStatus status() {
    return status;
  }

  @Override
  public Optional<QueueState> controllerState() {
    return Optional.empty();
  }
}
