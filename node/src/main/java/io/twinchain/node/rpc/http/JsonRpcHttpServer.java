/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import io.twinchain.node.rpc.JsonRpcProcessor;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import java.util.Optional;

/**
 * JSON-RPC over HTTP: {@code POST /} with a JSON body. Checks the Host header, the CORS origin and
 * the body size (while reading, so an oversized body is never buffered) before the processor sees
 * anything.
 */
public final class JsonRpcHttpServer extends JsonRpcListener {

  private static final String JSON = "application/json";

  public JsonRpcHttpServer(
      final Vertx vertx, final JsonRpcServerConfig config, final JsonRpcProcessor processor) {
    super(vertx, config, processor, "JSON-RPC HTTP");
  }

  @Override
  HttpServerOptions options() {
    return new HttpServerOptions().setTcpNoDelay(true).setHttp2ClearTextEnabled(false);
  }

  @Override
  void configure(final HttpServer server) {
    server.requestHandler(this::handle);
  }

  private void handle(final HttpServerRequest request) {
    final HttpServerResponse response = request.response();
    if (!policy.allowsHost(Optional.ofNullable(request.authority()).map(HostAndPort::host))) {
      response
          .setStatusCode(403)
          .putHeader("Content-Type", JSON)
          .end("{\"message\":\"Host not authorized.\"}");
      return;
    }
    final String origin = request.getHeader("Origin");
    if (origin != null) {
      if (!policy.allowsOrigin(origin)) {
        response.setStatusCode(403).end();
        return;
      }
      response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
    }
    if (request.method() == HttpMethod.OPTIONS) {
      response
          .putHeader("Access-Control-Allow-Methods", "POST, OPTIONS")
          .putHeader("Access-Control-Allow-Headers", "Content-Type")
          .setStatusCode(204)
          .end();
      return;
    }
    if (request.method() != HttpMethod.POST) {
      response.setStatusCode(405).putHeader("Allow", "POST, OPTIONS").end();
      return;
    }
    readBody(request);
  }

  private void readBody(final HttpServerRequest request) {
    final Buffer body = Buffer.buffer();
    final boolean[] refused = {false};
    request.handler(
        chunk -> {
          if (refused[0]) {
            return;
          }
          if (body.length() + chunk.length() > config.maxRequestBytes()) {
            refused[0] = true;
            request
                .response()
                .setStatusCode(413)
                .putHeader("Content-Type", JSON)
                .putHeader("Connection", "close")
                .end(processor.tooLarge(config.maxRequestBytes()));
            return;
          }
          body.appendBuffer(chunk);
        });
    request.endHandler(
        end -> {
          if (!refused[0]) {
            process(body.getBytes(), Optional.empty())
                .onComplete(
                    answer -> respond(request.response(), answer),
                    failure -> request.response().setStatusCode(500).end());
          }
        });
  }

  private static void respond(final HttpServerResponse response, final Optional<String> json) {
    if (response.closed()) {
      return;
    }
    json.ifPresentOrElse(
        text -> response.putHeader("Content-Type", JSON).end(text),
        () -> response.setStatusCode(204).end());
  }
}
