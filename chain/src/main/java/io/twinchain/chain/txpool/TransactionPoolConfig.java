/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import com.google.common.base.Preconditions;
import java.math.BigInteger;

/**
 * Limits and policies of a {@link TransactionPool}.
 *
 * <p>[RECON] A-TXPOOL-LIMITS: there is no cap on how many <em>ready</em> (nonce-contiguous)
 * transactions one sender may keep. Only gapped transactions are bounded per sender, by how far
 * their nonce runs ahead of the sender's next pending nonce; a busy sender is trimmed only when the
 * whole pool is full and others need room (see {@link EvictionOrder}). Besu's percentage limit per
 * sender refused a busy sender's sixth pending transaction and collapsed throughput (besu #5757).
 *
 * @param maxSize most transactions the pool holds, ready and future together
 * @param maxFutureDistance how far past the sender's next pending nonce a gapped transaction may be
 * @param priceBumpPercent how much more (fee cap and tip) a replacement must pay, in percent
 * @param minGasPrice the lowest fee cap accepted, in wei
 */
public record TransactionPoolConfig(
    int maxSize, int maxFutureDistance, int priceBumpPercent, BigInteger minGasPrice) {

  /** 50,000 transactions, 64 nonces ahead, a 10 % bump (as geth and Besu), free gas. */
  public static final TransactionPoolConfig DEFAULT =
      new TransactionPoolConfig(50_000, 64, 10, BigInteger.ZERO);

  /** Checks the bounds. */
  public TransactionPoolConfig {
    Preconditions.checkArgument(maxSize > 0, "maxSize must be positive: %s", maxSize);
    Preconditions.checkArgument(
        maxFutureDistance >= 0, "maxFutureDistance must not be negative: %s", maxFutureDistance);
    Preconditions.checkArgument(
        priceBumpPercent >= 0, "priceBumpPercent must not be negative: %s", priceBumpPercent);
    Preconditions.checkArgument(minGasPrice.signum() >= 0, "minGasPrice must not be negative");
  }
}
