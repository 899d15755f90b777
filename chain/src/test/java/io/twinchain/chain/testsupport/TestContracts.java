/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** Hand-assembled EVM programs for execution tests. */
public final class TestContracts {

  /** Topic of the log {@link #STORE_AND_LOG_RUNTIME} emits. */
  public static final Bytes32 TOPIC = Bytes32.fromHexString("0x" + "aa".repeat(32));

  /**
   * Runtime code: stores calldata word 0 in slot 0, emits LOG1(TOPIC) with that word as data, and
   * returns it.
   */
  public static final Bytes STORE_AND_LOG_RUNTIME =
      Bytes.fromHexString("0x600035806000556000527f" + "aa".repeat(32) + "60206000a160206000f3");

  /** Init code deploying {@link #STORE_AND_LOG_RUNTIME} (copies the 53 bytes after itself). */
  public static final Bytes STORE_AND_LOG_INIT =
      Bytes.concatenate(Bytes.fromHexString("0x603580600b6000396000f3"), STORE_AND_LOG_RUNTIME);

  /** Runtime code that always reverts with empty data. */
  public static final Bytes ALWAYS_REVERTS = Bytes.fromHexString("0x60006000fd");

  private TestContracts() {}
}
