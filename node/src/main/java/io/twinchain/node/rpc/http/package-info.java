/* SPDX-License-Identifier: Apache-2.0 */
/** JSON-RPC transports on Vert.x: HTTP (8545) and WebSocket (8546). */
package io.twinchain.node.rpc.http;
