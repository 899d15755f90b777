/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

/** One JSON-RPC method; one class each, reading state only through query ports. */
public interface JsonRpcMethod {

  RpcMethod name();

  /**
   * Executes the method; the result is any value Jackson can serialise (String, Boolean, records,
   * lists). Throw {@link JsonRpcException} for a typed error.
   */
  Object execute(JsonRpcParams params) throws JsonRpcException;
}
