/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.List;

/** The methods of one namespace, enabled together when its {@link RpcApi} is configured. */
public interface ApiGroup {

  RpcApi api();

  List<JsonRpcMethod> methods();
}
