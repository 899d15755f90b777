/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.horizen.evm.BlockHashCallback;
import io.horizen.evm.EvmContext;
import io.horizen.evm.ForkRules;
import io.horizen.evm.Hash;
import io.twinchain.chain.state.EvmTypes;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;

/** Builds libevm's {@link EvmContext} from a {@link BlockContext}, under Shanghai rules. */
final class EvmContexts {

  static final ForkRules SHANGHAI = new ForkRules(true);

  private EvmContexts() {}

  /**
   * The EVM context for a transaction paying {@code gasPrice}. The caller closes {@code
   * blockHashes} (a native callback) after execution.
   */
  static EvmContext of(
      final BlockContext block, final BigInteger gasPrice, final BlockHashCallback blockHashes) {
    final EvmContext context =
        new EvmContext(
            BigInteger.valueOf(block.chainId()),
            EvmTypes.toEvm(block.coinbase()),
            BigInteger.valueOf(block.gasLimit()),
            gasPrice,
            BigInteger.valueOf(block.number()),
            BigInteger.valueOf(block.timestamp()),
            block.baseFee(),
            EvmTypes.toEvm(block.random()),
            SHANGHAI);
    context.setBlockHashCallback(blockHashes);
    return context;
  }

  /** A native callback answering BLOCKHASH from {@code lookup}. */
  static BlockHashCallback callback(final BlockHashLookup lookup) {
    return new BlockHashCallback() {
      @Override
      protected Hash getBlockHash(final BigInteger number) {
        return EvmTypes.toEvm(lookup.hashOf(number.longValueExact()).orElse(Bytes32.ZERO));
      }
    };
  }
}
