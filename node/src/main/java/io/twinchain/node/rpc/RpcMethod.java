/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

/** Every JSON-RPC method name the node serves, in one place (Besu's {@code RpcMethod}). */
public enum RpcMethod {
  WEB3_CLIENT_VERSION("web3_clientVersion"),
  WEB3_SHA3("web3_sha3"),
  NET_VERSION("net_version"),
  NET_LISTENING("net_listening"),
  NET_PEER_COUNT("net_peerCount"),
  ETH_CHAIN_ID("eth_chainId"),
  ETH_BLOCK_NUMBER("eth_blockNumber"),
  ETH_GET_BALANCE("eth_getBalance"),
  ADMIN_PEERS("admin_peers"),
  ADMIN_NODE_INFO("admin_nodeInfo"),
  PERM_ADD_NODES_TO_ALLOWLIST("perm_addNodesToAllowlist"),
  PERM_REMOVE_NODES_FROM_ALLOWLIST("perm_removeNodesFromAllowlist"),
  PERM_GET_NODES_ALLOWLIST("perm_getNodesAllowlist"),
  PERM_ADD_ACCOUNTS_TO_ALLOWLIST("perm_addAccountsToAllowlist"),
  PERM_REMOVE_ACCOUNTS_FROM_ALLOWLIST("perm_removeAccountsFromAllowlist"),
  PERM_GET_ACCOUNTS_ALLOWLIST("perm_getAccountsAllowlist"),
  PERM_RELOAD_PERMISSIONS_FROM_FILE("perm_reloadPermissionsFromFile"),
  CTRL_GET_STATE("ctrl_getState"),
  CTRL_GET_DECISION("ctrl_getDecision"),
  TWIN_GET("twin_get"),
  TWIN_LIST("twin_list"),
  TWIN_GET_HISTORY("twin_getHistory"),
  TWIN_SET_DESIRED("twin_setDesired"),
  TWIN_GET_PROOF("twin_getProof"),
  TWIN_SUBSCRIBE("twin_subscribe"),
  TWIN_UNSUBSCRIBE("twin_unsubscribe"),
  ETH_GET_BLOCK_BY_NUMBER("eth_getBlockByNumber"),
  ETH_GET_BLOCK_BY_HASH("eth_getBlockByHash"),
  ETH_GET_TRANSACTION_BY_HASH("eth_getTransactionByHash"),
  ETH_GET_TRANSACTION_RECEIPT("eth_getTransactionReceipt"),
  ETH_GET_TRANSACTION_COUNT("eth_getTransactionCount"),
  ETH_GET_CODE("eth_getCode"),
  ETH_GET_STORAGE_AT("eth_getStorageAt"),
  ETH_CALL("eth_call"),
  ETH_ESTIMATE_GAS("eth_estimateGas"),
  ETH_GAS_PRICE("eth_gasPrice"),
  ETH_SEND_RAW_TRANSACTION("eth_sendRawTransaction"),
  ETH_GET_LOGS("eth_getLogs"),
  ETH_GET_PROOF("eth_getProof"),
  ETH_SYNCING("eth_syncing"),
  ETH_MINING("eth_mining"),
  ETH_HASHRATE("eth_hashrate"),
  ETH_SUBSCRIBE("eth_subscribe"),
  ETH_UNSUBSCRIBE("eth_unsubscribe"),
  DNN_GET_MODELS("dnn_getModels"),
  DNN_GET_PARTITION("dnn_getPartition"),
  REP_GET_REPUTATION("rep_getReputation"),
  REP_GET_HISTORY("rep_getHistory"),
  REP_LIST("rep_list"),
// Each line ends with a comma and the list with a lone semicolon so branches that add
// methods merge by union (.gitattributes); keep one constant per line.
;

  private final String methodName;

  RpcMethod(final String methodName) {
    this.methodName = methodName;
  }

  public String methodName() {
    return methodName;
  }
}
