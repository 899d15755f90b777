/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

/**
 * A cross-cutting step around every request (metrics, error mapping, logging), in the style of
 * OkHttp's interceptors: each gets the chain, may look at or replace the request, and calls {@link
 * Chain#proceed} to continue.
 */
@FunctionalInterface
public interface Interceptor {

  JsonRpcResponse intercept(Chain chain);

  /** The rest of the chain from an interceptor's point of view. */
  interface Chain {
    JsonRpcRequest request();

    JsonRpcResponse proceed(JsonRpcRequest request);
  }
}
