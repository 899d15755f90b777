/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Ethereum JSON-RPC shapes of the ledger's types (blocks, transactions, receipts, logs, proofs,
 * call objects, block tags), shared by the node's JSON-RPC and the contracts module's dev chain so
 * both answer web3j and ethers identically.
 */
package io.twinchain.chain.json;
