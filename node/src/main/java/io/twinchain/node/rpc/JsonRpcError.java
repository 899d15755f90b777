/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

/** JSON-RPC error codes and messages; the standard ones first, then Besu's where we share them. */
public enum JsonRpcError {
  PARSE_ERROR(-32700, "Parse error"),
  INVALID_REQUEST(-32600, "Invalid Request"),
  METHOD_NOT_FOUND(-32601, "Method not found"),
  INVALID_PARAMS(-32602, "Invalid params"),
  INTERNAL_ERROR(-32603, "Internal error"),
  EXCEEDS_RPC_MAX_BATCH_SIZE(-32005, "Number of requests exceeds max batch size"),
  EXECUTION_REVERTED(3, "execution reverted"),
  CALL_FAILED(-32000, "Call failed"),
  EXCEEDS_LOG_BLOCK_RANGE(-32005, "Requested range exceeds maximum range limit"),
  INVALID_BLOCK_RANGE(-32602, "Invalid params: fromBlock is after toBlock"),
  TRANSACTION_INVALID(-32000, "Invalid transaction"),
  TRANSACTION_ALREADY_KNOWN(-32000, "Known transaction"),
  TRANSACTION_REPLACEMENT_UNDERPRICED(-32000, "Replacement transaction underpriced"),
  NONCE_TOO_LOW(-32001, "Nonce too low"),
  NONCE_TOO_FAR_AHEAD(-32000, "Nonce too far in the future"),
  INSUFFICIENT_FUNDS(-32004, "Upfront cost exceeds account balance"),
  GAS_PRICE_TOO_LOW(-32009, "Gas price below configured minimum gas price"),
  EXCEEDS_BLOCK_GAS_LIMIT(-32000, "Transaction gas limit exceeds block gas limit"),
  SENDER_NOT_PERMITTED(-32007, "Sender account not authorized to send transactions"),
  TRANSACTION_POOL_FULL(-32000, "Transaction pool is full"),
  SUBSCRIPTION_NOT_FOUND(-32000, "Subscription not found"),
  SUBSCRIPTIONS_NEED_WEBSOCKET(-32000, "Subscriptions are only served over WebSocket"),
  REQUEST_TOO_LARGE(-32600, "Request exceeds the size limit"),
  TWIN_NOT_FOUND(-32001, "Twin not found"),
  TWIN_REVISION_PRUNED(-32002, "Twin revision no longer retained"),
  TWIN_NOT_ANCHORED(-32003, "Twin revision not anchored"),
  TWIN_NOT_AUTHORIZED(-32004, "Operator signature not accepted"),
  TWIN_COMMAND_REJECTED(-32006, "Twin command rejected"),
  NODE_ALLOWLIST_EMPTY_ENTRY(-32000, "Request contains an empty list of nodes"),
  NODE_ALLOWLIST_INVALID_ENTRY(-32000, "Request contains an invalid node"),
  NODE_ALLOWLIST_DUPLICATED_ENTRY(-32000, "Request contains duplicate nodes"),
  NODE_ALLOWLIST_EXISTING_ENTRY(-32000, "Cannot add an existing node to allowlist"),
  NODE_ALLOWLIST_MISSING_ENTRY(-32000, "Cannot remove an absent node from allowlist"),
  ACCOUNT_ALLOWLIST_EMPTY_ENTRY(-32000, "Request contains an empty list of accounts"),
  ACCOUNT_ALLOWLIST_INVALID_ENTRY(-32000, "Request contains an invalid account"),
  ACCOUNT_ALLOWLIST_DUPLICATED_ENTRY(-32000, "Request contains duplicate accounts"),
  ACCOUNT_ALLOWLIST_EXISTING_ENTRY(-32000, "Cannot add an existing account to allowlist"),
  ACCOUNT_ALLOWLIST_ABSENT_ENTRY(-32000, "Cannot remove an absent account from allowlist"),
  ALLOWLIST_PERSIST_FAILURE(-32000, "Unable to persist changes to allowlist configuration"),
  ALLOWLIST_RELOAD_ERROR(
      -32000,
      "Error reloading permissions file. Please use perm_getAccountsAllowlist and"
          + " perm_getNodesAllowlist to review the current state of the allowlists");

  private final int code;
  private final String message;

  JsonRpcError(final int code, final String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public String message() {
    return message;
  }
}
