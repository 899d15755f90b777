/* SPDX-License-Identifier: Apache-2.0 */
/** Established peer connections, their registry and misbehaviour scores. */
package io.twinchain.node.p2p.peers;
