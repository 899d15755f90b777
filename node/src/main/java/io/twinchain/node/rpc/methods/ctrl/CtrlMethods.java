/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.ctrl;

import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import java.util.List;

/** The {@code ctrl_} namespace. */
public final class CtrlMethods implements ApiGroup {

  private final ControllerQueries controller;

  public CtrlMethods(final ControllerQueries controller) {
    this.controller = controller;
  }

  @Override
  public RpcApi api() {
    return RpcApi.CTRL;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new CtrlGetState(controller), new CtrlGetDecision(controller));
  }
}
