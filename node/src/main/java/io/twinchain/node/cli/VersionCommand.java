/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import picocli.CommandLine.Command;

/** {@code twinchain version}: prints the client version string. */
@Command(name = "version", description = "Print the client version.")
final class VersionCommand implements Runnable {
  @Override
  public void run() {
    System.out.println(TwinchainVersion.clientVersion());
  }
}
