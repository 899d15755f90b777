/* SPDX-License-Identifier: Apache-2.0 */
/** The permissioned P2P network: TLS connections, handshake, message dispatch, request/response. */
package io.twinchain.node.p2p;
