/* SPDX-License-Identifier: Apache-2.0 */
/** The {@code twin_} namespace: twin state, history, desired values and anchor proofs. */
package io.twinchain.node.rpc.methods.twin;
