/* SPDX-License-Identifier: Apache-2.0 */
/** The P2P wire format: length-prefixed frames, message codes and their RLP bodies. */
package io.twinchain.node.p2p.wire;
