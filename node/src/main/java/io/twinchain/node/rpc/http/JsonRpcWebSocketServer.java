/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.RpcConnection;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.net.HostAndPort;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON-RPC over WebSocket: each text message is a request or batch, answered with one text message.
 * The handshake is refused for a disallowed Host or Origin; messages above the size limit close the
 * socket (status 1009).
 */
public final class JsonRpcWebSocketServer extends JsonRpcListener {

  public JsonRpcWebSocketServer(
      final Vertx vertx, final JsonRpcServerConfig config, final JsonRpcProcessor processor) {
    super(vertx, config, processor, "JSON-RPC WebSocket");
  }

  @Override
  HttpServerOptions options() {
    return new HttpServerOptions()
        .setTcpNoDelay(true)
        .setMaxWebSocketMessageSize(config.maxRequestBytes())
        .setMaxWebSocketFrameSize(Math.min(config.maxRequestBytes(), 65536));
  }

  @Override
  void configure(final HttpServer server) {
    server
        .webSocketHandshakeHandler(this::handshake)
        .webSocketHandler(this::serve)
        .requestHandler(request -> request.response().setStatusCode(426).end());
  }

  private void handshake(final ServerWebSocketHandshake handshake) {
    final String origin = handshake.headers().get("Origin");
    final boolean allowed =
        policy.allowsHost(Optional.ofNullable(handshake.authority()).map(HostAndPort::host))
            && (origin == null || policy.allowsOrigin(origin));
    if (allowed) {
      handshake.accept();
    } else {
      handshake.reject(403);
    }
  }

  private void serve(final ServerWebSocket socket) {
    final Optional<RpcConnection> connection = Optional.of(new WebSocketConnection(socket));
    socket.textMessageHandler(
        text -> answer(socket, text.getBytes(StandardCharsets.UTF_8), connection));
    socket.binaryMessageHandler(binary -> answer(socket, binary.getBytes(), connection));
  }

  private void answer(
      final ServerWebSocket socket,
      final byte[] message,
      final Optional<RpcConnection> connection) {
    process(message, connection)
        .onSuccess(
            json -> json.filter(text -> !socket.isClosed()).ifPresent(socket::writeTextMessage));
  }
}
