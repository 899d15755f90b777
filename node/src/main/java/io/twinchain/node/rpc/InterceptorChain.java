/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.List;

/** Runs the interceptors in order, then the dispatcher. */
final class InterceptorChain implements Interceptor.Chain {

  private final List<Interceptor> interceptors;
  private final int index;
  private final JsonRpcRequest request;
  private final MethodDispatcher dispatcher;

  InterceptorChain(
      final List<Interceptor> interceptors,
      final int index,
      final JsonRpcRequest request,
      final MethodDispatcher dispatcher) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.dispatcher = dispatcher;
  }

  @Override
  public JsonRpcRequest request() {
    return request;
  }

  @Override
  public JsonRpcResponse proceed(final JsonRpcRequest next) {
    if (index >= interceptors.size()) {
      return dispatcher.dispatch(next);
    }
    return interceptors
        .get(index)
        .intercept(new InterceptorChain(interceptors, index + 1, next, dispatcher));
  }
}
