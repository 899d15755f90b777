/* SPDX-License-Identifier: Apache-2.0 */
/** The {@code ctrl_} namespace: the DPRA controller's state and per-slot decisions. */
package io.twinchain.node.rpc.methods.ctrl;
