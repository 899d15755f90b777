/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.chain.txpool.TransactionPoolConfig;
import java.math.BigInteger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The transaction pool's limits, named after Besu's {@code --tx-pool-*} options. */
public final class TransactionPoolOptions {

  @Option(
      names = "--tx-pool-max-size",
      paramLabel = "COUNT",
      description = "Most pending transactions, ready and future (default: ${DEFAULT-VALUE}).",
      defaultValue = "50000")
  private int maxSize;

  @Option(
      names = "--tx-pool-max-future-distance",
      paramLabel = "NONCES",
      description =
          "How far past a sender's next pending nonce a gapped transaction may be"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "64")
  private int maxFutureDistance;

  @Option(
      names = "--tx-pool-price-bump",
      paramLabel = "PERCENT",
      description = "Price increase a replacement must pay (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  private int priceBump;

  @Option(
      names = "--min-gas-price",
      paramLabel = "WEI",
      description = "Lowest fee cap the pool accepts (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  private BigInteger minGasPrice;

  /** The pool settings; a value out of range names its option. */
  public TransactionPoolConfig config(final CommandSpec spec) {
    OptionChecks.atLeast(spec, "tx-pool-max-size", maxSize, 1);
    OptionChecks.atLeast(spec, "tx-pool-max-future-distance", maxFutureDistance, 0);
    OptionChecks.atLeast(spec, "tx-pool-price-bump", priceBump, 0);
    if (minGasPrice.signum() < 0) {
      throw new ParameterException(
          spec.commandLine(), "min-gas-price: " + minGasPrice + " is below the minimum 0");
    }
    return new TransactionPoolConfig(maxSize, maxFutureDistance, priceBump, minGasPrice);
  }
}
