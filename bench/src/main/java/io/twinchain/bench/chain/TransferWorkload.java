/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.chain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.testsupport.TestTransactions;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * Blocks of signed value transfers for the import benchmark: {@code senders} funded test keys each
 * send one EIP-1559 transfer per block, signed by web3j, assembled and imported once on a scratch
 * chain so that the blocks carry correct roots.
 */
final class TransferWorkload {

  final int senders;
  final List<Bytes> encodedBlocks = new ArrayList<>();
  final List<Bytes> envelopes = new ArrayList<>();

  TransferWorkload(final int senders, final int blocks, final Path scratch) throws Exception {
    this.senders = senders;
    try (TestChain chain = TestChain.open(scratch, TestChain.genesis(senders))) {
      for (int nonce = 0; nonce < blocks; nonce++) {
        final List<Bytes> transfers = new ArrayList<>();
        for (int key = 0; key < senders; key++) {
          transfers.add(
              TestTransactions.dynamicFeeTransfer(
                  TestKeys.credentials(key),
                  TestChain.CHAIN_ID,
                  nonce,
                  TestKeys.address(senders + key),
                  BigInteger.ONE,
                  BigInteger.ONE));
        }
        final Block block = chain.buildOn(chain.chain().head(), transfers, 1);
        if (chain.importer().importBlock(block).status() != ImportResult.Status.IMPORTED_AS_HEAD) {
          throw new IllegalStateException("workload block did not import");
        }
        encodedBlocks.add(BlockRlp.encode(block));
        envelopes.addAll(transfers);
      }
    }
  }
}
