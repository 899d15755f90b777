/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.vertx.core.http.HttpConnection;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes connections beyond the configured number of open ones. */
final class ConnectionLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

  private final int max;
  private final String name;
  private final AtomicInteger active = new AtomicInteger();

  ConnectionLimiter(final int max, final String name) {
    this.max = max;
    this.name = name;
  }

  void accept(final HttpConnection connection) {
    if (active.incrementAndGet() > max) {
      active.decrementAndGet();
      LOG.warn(
          "{}: refusing connection from {}, {} connections open",
          name,
          connection.remoteAddress(),
          max);
      connection.close();
      return;
    }
    connection.closeHandler(closed -> active.decrementAndGet());
  }

  int active() {
    return active.get();
  }
}
