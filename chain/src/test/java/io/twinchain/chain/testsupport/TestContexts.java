/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.BlockHashLookup;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/** Execution contexts for tests that run transactions outside a chain. */
public final class TestContexts {

  private TestContexts() {}

  /** Block 1 of chain {@code chainId}, mined by {@code miner}, 30M gas, no ancestors. */
  public static BlockContext firstBlock(final long chainId, final Address miner) {
    return new BlockContext(
        chainId,
        miner,
        1,
        1_700_000_000L,
        30_000_000,
        BigInteger.ZERO,
        Bytes32.ZERO,
        BlockHashLookup.NONE);
  }
}
