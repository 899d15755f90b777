/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

/**
 * A long-lived client connection (a WebSocket) that can be sent notifications; requests over HTTP
 * have none.
 */
public interface RpcConnection {

  /** Sends one JSON text message to the client. */
  void send(String json);

  /** Runs {@code action} once when the connection closes. */
  void onClose(Runnable action);
}
