/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.ctrl;

import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import java.util.regex.Pattern;

/**
 * {@code ctrl_getDecision(slot)}: the signed decision this node accepted for a slot (hex quantity),
 * or null when it has none.
 */
public final class CtrlGetDecision implements JsonRpcMethod {

  private static final Pattern QUANTITY = Pattern.compile("0x(0|[1-9a-fA-F][0-9a-fA-F]{0,14})");

  private final ControllerQueries controller;

  public CtrlGetDecision(final ControllerQueries controller) {
    this.controller = controller;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.CTRL_GET_DECISION;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    final String slot = params.string(0);
    if (!QUANTITY.matcher(slot).matches()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "invalid slot '" + slot + "', expected a hex quantity");
    }
    return controller
        .status()
        .decision(Long.parseLong(slot.substring(2), 16))
        .map(DecisionResult::of)
        .orElse(null);
  }
}
