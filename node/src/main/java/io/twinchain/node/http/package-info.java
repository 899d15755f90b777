/* SPDX-License-Identifier: Apache-2.0 */
/** Shared lifecycle of the node's Vert.x HTTP listeners (JSON-RPC, metrics). */
package io.twinchain.node.http;
