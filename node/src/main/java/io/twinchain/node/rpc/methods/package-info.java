/* SPDX-License-Identifier: Apache-2.0 */
/** JSON-RPC method implementations, one sub-package per namespace. */
package io.twinchain.node.rpc.methods;
