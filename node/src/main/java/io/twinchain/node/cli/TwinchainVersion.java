/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import picocli.CommandLine.IVersionProvider;

/** Version string shared by {@code --version}, {@code version} and {@code web3_clientVersion}. */
public final class TwinchainVersion implements IVersionProvider {

  /** Client version in the {@code name/version/os-arch/runtime} shape Ethereum clients report. */
  public static String clientVersion() {
    final String version =
        TwinchainVersion.class.getPackage().getImplementationVersion() == null
            ? "dev"
            : TwinchainVersion.class.getPackage().getImplementationVersion();
    return "twinchain/v"
        + version
        + "/"
        + System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT)
        + "-"
        + System.getProperty("os.arch")
        + "/java-"
        + Runtime.version().feature();
  }

  @Override
  public String[] getVersion() {
    return new String[] {clientVersion()};
  }
}
