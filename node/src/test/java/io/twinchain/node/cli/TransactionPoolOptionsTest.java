/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.txpool.TransactionPoolConfig;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code --tx-pool-*} options of {@code twinchain run}. */
class TransactionPoolOptionsTest {

  @Test
  void defaultsAndFlagsReachThePoolConfig() {
    assertThat(parse()).isEqualTo(TransactionPoolConfig.DEFAULT);
    assertThat(
            parse(
                "--tx-pool-max-size", "7",
                "--tx-pool-max-future-distance", "3",
                "--tx-pool-price-bump", "25",
                "--min-gas-price", "1000"))
        .isEqualTo(new TransactionPoolConfig(7, 3, 25, BigInteger.valueOf(1000)));
  }

  @Test
  void outOfRangeValuesNameTheKey() {
    final CliRunner.Result size = CliRunner.run(Map.of(), "run", "--tx-pool-max-size", "0");
    assertThat(size.exitCode()).isEqualTo(2);
    assertThat(size.err()).contains("tx-pool-max-size").doesNotContain("\tat ");
    final CliRunner.Result price = CliRunner.run(Map.of("TWINCHAIN_MIN_GAS_PRICE", "-1"), "run");
    assertThat(price.exitCode()).isEqualTo(2);
    assertThat(price.err()).contains("min-gas-price");
  }

  private static TransactionPoolConfig parse(final String... options) {
    final CommandLine cli =
        new CommandLine(new TwinchainCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    final String[] args = new String[options.length + 1];
    args[0] = "run";
    System.arraycopy(options, 0, args, 1, options.length);
    cli.parseArgs(args);
    return ((RunCommand) cli.getSubcommands().get("run").getCommand())
        .configuration()
        .transactionPool();
  }
}
