/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.Optional;

/** Thrown by a method to answer with a typed JSON-RPC error and optional detail in {@code data}. */
public final class JsonRpcException extends Exception {
  private static final long serialVersionUID = 1L;

  private final JsonRpcError error;
  private final Optional<String> data;

  public JsonRpcException(final JsonRpcError error) {
    this(error, Optional.empty());
  }

  public JsonRpcException(final JsonRpcError error, final String data) {
    this(error, Optional.of(data));
  }

  private JsonRpcException(final JsonRpcError error, final Optional<String> data) {
    super(error.message() + data.map(d -> ": " + d).orElse(""));
    this.error = error;
    this.data = data;
  }

  public JsonRpcError error() {
    return error;
  }

  public Optional<String> data() {
    return data;
  }
}
