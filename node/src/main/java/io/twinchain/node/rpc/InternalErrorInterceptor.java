/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unexpected exception in a method into {@code -32603} and logs it once, with the method.
 */
public final class InternalErrorInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(InternalErrorInterceptor.class);

  @Override
  public JsonRpcResponse intercept(final Chain chain) {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      LOG.error("JSON-RPC method {} failed", chain.request().method(), e);
      return JsonRpcResponse.error(
          chain.request().id(), JsonRpcError.INTERNAL_ERROR, Optional.empty());
    }
  }
}
