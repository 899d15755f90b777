/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.twinchain.node.rpc.RpcConnection;
import io.vertx.core.http.ServerWebSocket;

/** A WebSocket client as an {@link RpcConnection}: subscriptions notify over it. */
final class WebSocketConnection implements RpcConnection {

  private final ServerWebSocket socket;

  WebSocketConnection(final ServerWebSocket socket) {
    this.socket = socket;
  }

  @Override
  public void send(final String json) {
    if (!socket.isClosed()) {
      socket.writeTextMessage(json);
    }
  }

  @Override
  public void onClose(final Runnable action) {
    socket.closeHandler(ignored -> action.run());
  }
}
