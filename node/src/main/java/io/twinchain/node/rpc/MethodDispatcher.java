/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** The end of the interceptor chain: finds the method and turns its outcome into a response. */
final class MethodDispatcher {

  private final ObjectMapper mapper;
  private final MethodRegistry registry;

  MethodDispatcher(final ObjectMapper mapper, final MethodRegistry registry) {
    this.mapper = mapper;
    this.registry = registry;
  }

  JsonRpcResponse dispatch(final JsonRpcRequest request) {
    final Optional<JsonRpcMethod> method = registry.get(request.method());
    if (method.isEmpty()) {
      return JsonRpcResponse.error(request.id(), JsonRpcError.METHOD_NOT_FOUND, Optional.empty());
    }
    try {
      return JsonRpcResponse.success(
          request.id(), mapper.valueToTree(method.get().execute(request.params())));
    } catch (JsonRpcException e) {
      return JsonRpcResponse.error(request.id(), e.error(), e.data());
    }
  }
}
