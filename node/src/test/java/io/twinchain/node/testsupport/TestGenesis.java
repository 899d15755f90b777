/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

/** A genesis file in the chain module's format: chain 1337, one funded account, also the AP. */
public final class TestGenesis {

  /** The funded account. */
  public static final String FUNDED = "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73";

  public static final String JSON =
      "{\"config\":{\"chainId\":1337,\"consensus\":{\"blockPeriodSeconds\":5,\"baseDifficulty\":100000,"
          + "\"rho\":0.5,\"difficultyFunction\":\"exponential\"}},\"timestamp\":\"0x0\",\"gasLimit\":\"0x5f5e100\","
          + "\"alloc\":{\""
          + FUNDED
          + "\":{\"balance\":\"0xad78ebc5ac6200000\"}},\"accessPoints\":[\""
          + FUNDED
          + "\"]}";

  private TestGenesis() {}
}
