/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.BlockHeader;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * What the EVM sees of the block a transaction runs in.
 *
 * <p>[RECON] A-CHAIN-ZERO-BASEFEE: the header has no base fee; the base fee is always 0, so an
 * EIP-1559 transaction pays {@code min(feeCap, priorityFee)} per gas, all of it to the miner, and
 * nothing is burnt. Gas is metered even at price 0. PREVRANDAO returns the header's stake modifier.
 *
 * @param chainId the chain id (CHAINID opcode)
 * @param coinbase the miner, who receives the fees (COINBASE)
 * @param number the block number (NUMBER)
 * @param timestamp the block time in seconds (TIMESTAMP)
 * @param gasLimit the block gas limit (GASLIMIT)
 * @param baseFee the base fee per gas (BASEFEE); 0 on this chain
 * @param random the PREVRANDAO value
 * @param blockHashes ancestors for BLOCKHASH
 */
public record BlockContext(
    long chainId,
    Address coinbase,
    long number,
    long timestamp,
    long gasLimit,
    BigInteger baseFee,
    Bytes32 random,
    BlockHashLookup blockHashes) {

  /** The context of executing the block whose header is {@code header}. */
  public static BlockContext of(
      final long chainId, final BlockHeader header, final BlockHashLookup blockHashes) {
    return new BlockContext(
        chainId,
        header.miner(),
        header.number(),
        header.timestamp(),
        header.gasLimit(),
        BigInteger.ZERO,
        header.stakeModifier(),
        blockHashes);
  }
}
