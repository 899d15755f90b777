/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.perm;

import io.twinchain.node.permissions.AllowlistResult;
import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;

/**
 * Maps allowlist outcomes to Besu's {@code "Success"} result or its error for nodes or accounts.
 */
final class AllowlistResults {

  static final String SUCCESS = "Success";

  enum Kind {
    NODES,
    ACCOUNTS
  }

  private AllowlistResults() {}

  static String toResult(final AllowlistResult result, final Kind kind) throws JsonRpcException {
    if (result == AllowlistResult.SUCCESS) {
      return SUCCESS;
    }
    throw new JsonRpcException(kind == Kind.NODES ? nodeError(result) : accountError(result));
  }

  private static JsonRpcError nodeError(final AllowlistResult result) {
    return switch (result) {
      case ERROR_EMPTY_ENTRY -> JsonRpcError.NODE_ALLOWLIST_EMPTY_ENTRY;
      case ERROR_INVALID_ENTRY -> JsonRpcError.NODE_ALLOWLIST_INVALID_ENTRY;
      case ERROR_DUPLICATED_ENTRY -> JsonRpcError.NODE_ALLOWLIST_DUPLICATED_ENTRY;
      case ERROR_EXISTING_ENTRY -> JsonRpcError.NODE_ALLOWLIST_EXISTING_ENTRY;
      case ERROR_ABSENT_ENTRY -> JsonRpcError.NODE_ALLOWLIST_MISSING_ENTRY;
      case ERROR_PERSIST_FAILED -> JsonRpcError.ALLOWLIST_PERSIST_FAILURE;
      case SUCCESS -> throw new IllegalArgumentException("success is not an error");
    };
  }

  private static JsonRpcError accountError(final AllowlistResult result) {
    return switch (result) {
      case ERROR_EMPTY_ENTRY -> JsonRpcError.ACCOUNT_ALLOWLIST_EMPTY_ENTRY;
      case ERROR_INVALID_ENTRY -> JsonRpcError.ACCOUNT_ALLOWLIST_INVALID_ENTRY;
      case ERROR_DUPLICATED_ENTRY -> JsonRpcError.ACCOUNT_ALLOWLIST_DUPLICATED_ENTRY;
      case ERROR_EXISTING_ENTRY -> JsonRpcError.ACCOUNT_ALLOWLIST_EXISTING_ENTRY;
      case ERROR_ABSENT_ENTRY -> JsonRpcError.ACCOUNT_ALLOWLIST_ABSENT_ENTRY;
      case ERROR_PERSIST_FAILED -> JsonRpcError.ALLOWLIST_PERSIST_FAILURE;
      case SUCCESS -> throw new IllegalArgumentException("success is not an error");
    };
  }
}
