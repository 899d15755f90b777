/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.p2p.wire.StatusMessage;

/** Port to the local chain for the STATUS handshake: chain id, genesis and current head. */
@FunctionalInterface
public interface ChainStatusSource {
  StatusMessage localStatus();
}
