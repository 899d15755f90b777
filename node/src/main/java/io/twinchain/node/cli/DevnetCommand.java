/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code twinchain devnet up|down|status}: the local devnet launcher (issue 9, not built yet). */
@Command(name = "devnet", description = "Start, inspect and stop the local devnet.")
final class DevnetCommand implements java.util.concurrent.Callable<Integer> {

  /** Exit code for a command whose capability has not landed yet. */
  static final int NOT_AVAILABLE = 3;

  @Parameters(index = "0", description = "up | down | status", defaultValue = "up")
  private String action;

  @Override
  public Integer call() {
    System.err.println(
        "twinchain devnet "
            + action
            + ": the local devnet is not yet available in this build (tracked as the devnet issue).");
    return NOT_AVAILABLE;
  }
}
