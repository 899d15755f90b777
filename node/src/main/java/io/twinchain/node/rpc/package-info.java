/* SPDX-License-Identifier: Apache-2.0 */
/** Transport-neutral JSON-RPC 2.0: requests, errors, method registry, interceptor chain. */
package io.twinchain.node.rpc;
