/* SPDX-License-Identifier: Apache-2.0 */
/** The {@code web3_} JSON-RPC namespace: one class per method and its group. */
package io.twinchain.node.rpc.methods.web3;
