/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * The process {@link KillDuringImportIT} kills: imports blocks of {@link #TRANSFERS_PER_BLOCK}
 * transfers of 1 wei from test key 0 to {@link #RECEIVER_KEY} into a data directory forever,
 * printing {@code IMPORTED <number>} after each import returned (that is, was acknowledged).
 */
public final class ImportWorkerMain {

  static final int TRANSFERS_PER_BLOCK = 10;
  static final int RECEIVER_KEY = 77;
  private static final long MAX_RUN_MILLIS = 60_000;

  private ImportWorkerMain() {}

  /** Runs the worker on the data directory {@code args[0]}. */
  public static void main(final String[] args) throws Exception {
    final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    final long deadline = System.currentTimeMillis() + MAX_RUN_MILLIS;
    try (TestChain chain = TestChain.open(Path.of(args[0]), TestChain.genesis(1))) {
      out.println("OPENED " + chain.chain().head().number());
      while (System.currentTimeMillis() < deadline) {
        final BlockHeader head = chain.chain().head();
        final Block block = chain.buildOn(head, transfers(nonceAt(chain, head)), 1);
        final ImportResult result = chain.importer().importBlock(block);
        if (result.status() != ImportResult.Status.IMPORTED_AS_HEAD) {
          out.println("FAILED " + result);
          return;
        }
        out.println("IMPORTED " + block.header().number());
      }
    }
  }

  private static long nonceAt(final TestChain chain, final BlockHeader head) throws Exception {
    try (MutableWorldState state = chain.database().worldState().open(head.stateRoot())) {
      return state.nonce(TestKeys.address(0));
    }
  }

  private static List<Bytes> transfers(final long firstNonce) {
    final List<Bytes> transfers = new ArrayList<>();
    for (int i = 0; i < TRANSFERS_PER_BLOCK; i++) {
      transfers.add(
          TestTransactions.legacyTransfer(
              TestKeys.credentials(0),
              TestChain.CHAIN_ID,
              firstNonce + i,
              TestKeys.address(RECEIVER_KEY),
              BigInteger.ONE,
              BigInteger.ZERO));
    }
    return transfers;
  }
}
