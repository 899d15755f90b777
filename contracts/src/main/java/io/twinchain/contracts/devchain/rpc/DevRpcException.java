/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import java.util.Optional;

/** A JSON-RPC error response: code, message and optional data (e.g. revert data). */
public final class DevRpcException extends Exception {
  private static final long serialVersionUID = 1L;

  /** JSON-RPC code for invalid method parameters. */
  public static final int INVALID_PARAMS = -32602;

  /** Code for a transaction the node refuses (go-ethereum and Besu use -32000). */
  public static final int TRANSACTION_REFUSED = -32000;

  /** Code for a reverted eth_call, with the revert data as error data (EIP-1474 style). */
  public static final int EXECUTION_REVERTED = 3;

  private final int code;
  private final transient Optional<String> data;

  public DevRpcException(final int code, final String message, final Optional<String> data) {
    super(message);
    this.code = code;
    this.data = data;
  }

  /** An invalid-parameters error. */
  public static DevRpcException invalidParams(final String message) {
    return new DevRpcException(INVALID_PARAMS, message, Optional.empty());
  }

  public int code() {
    return code;
  }

  public Optional<String> data() {
    return data;
  }
}
