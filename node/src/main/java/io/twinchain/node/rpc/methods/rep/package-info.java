/* SPDX-License-Identifier: Apache-2.0 */
/** The {@code rep_} JSON-RPC namespace: one class per method and its group. */
package io.twinchain.node.rpc.methods.rep;
