/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.ctrl;

import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.controller.ControllerStatus;
import io.twinchain.node.controller.SignedDecision;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.offload.controller.QueueState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code ctrl_getState}: this node's role, the slot, V and the virtual queues Z_k (the controller's
 * own for the next slot on the controller node, else those of the last decision), the last decision
 * and whether it is stale.
 */
public final class CtrlGetState implements JsonRpcMethod {

  /**
   * The result.
   *
   * @param role this node's part in the loop
   * @param currentSlot hex quantity
   * @param status "fresh", "stale decision since slot N" or "no decision yet"
   * @param staleSince first slot without a decision (hex), null when fresh
   * @param tradeOff V of the last decision, null before any
   * @param queues Z_k per AP
   * @param reputations R_k per AP (controller node only, else empty)
   * @param lastDecision the newest decision accepted, null before any
   */
  record State(
      String role,
      String currentSlot,
      String status,
      String staleSince,
      Double tradeOff,
      List<ApQueue> queues,
      List<Double> reputations,
      DecisionResult lastDecision) {}

  /** Z_k of one AP. */
  record ApQueue(String ap, double queue) {}

  private final ControllerQueries controller;

  public CtrlGetState(final ControllerQueries controller) {
    this.controller = controller;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.CTRL_GET_STATE;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    final ControllerStatus status = controller.status();
    final Optional<SignedDecision> last = status.latest();
    final Optional<QueueState> own = controller.controllerState();
    final List<ApQueue> queues =
        last.map(s -> s.decision().aps())
            .map(
                aps ->
                    IntStream.range(0, aps.size())
                        .mapToObj(
                            k ->
                                new ApQueue(
                                    aps.get(k).ap(),
                                    own.map(q -> q.queue(k)).orElse(aps.get(k).queue())))
                        .toList())
            .orElse(List.of());
    return new State(
        controller.role(),
        Quantity.of(controller.currentSlot()),
        status.describe(),
        status.staleSince().isPresent() ? Quantity.of(status.staleSince().getAsLong()) : null,
        last.map(s -> s.decision().tradeOff()).orElse(null),
        queues,
        own.map(q -> Arrays.stream(q.reputations()).boxed().toList()).orElse(List.of()),
        last.map(DecisionResult::of).orElse(null));
  }
}
