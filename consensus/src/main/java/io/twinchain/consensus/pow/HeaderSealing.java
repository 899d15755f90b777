/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import io.twinchain.chain.block.BlockHeader;

/** Seals a header at full speed on the calling thread, for tools, simulations and fixtures. */
public final class HeaderSealing {

  private HeaderSealing() {}

  /** {@code unsealed} with the first nonce from 0 whose PoW hash meets {@code target}. */
  public static BlockHeader seal(final BlockHeader unsealed, final Target target) {
    final long nonce =
        PowHasher.forWork(unsealed.sealingHash(), unsealed.stakeModifier())
            .search(0, Long.MAX_VALUE, target)
            .orElseThrow(() -> new IllegalStateException("no nonce meets " + target));
    return unsealed.toBuilder().nonce(nonce).build();
  }
}
