/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockHeaderBuilder;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/** Headers with every field set to a distinct value, for codec and rule tests. */
public final class TestHeaders {

  private TestHeaders() {}

  /** A header with every field non-zero. */
  public static BlockHeaderBuilder populated() {
    return BlockHeader.builder()
        .parentHash(Bytes32.fromHexStringLenient("0x01"))
        .number(42)
        .timestamp(1_700_000_000L)
        .slot(99)
        .miner(TestKeys.address(1))
        .stateRoot(Bytes32.fromHexStringLenient("0x02"))
        .transactionsRoot(Bytes32.fromHexStringLenient("0x03"))
        .receiptsRoot(Bytes32.fromHexStringLenient("0x04"))
        .logsBloom(Bytes.wrap(new byte[256]).not())
        .gasLimit(30_000_000)
        .gasUsed(21_000)
        .reputationSnapshotRoot(Bytes32.fromHexStringLenient("0x05"))
        .difficulty(UInt256.valueOf(1_000_000))
        .stakeModifier(Bytes32.fromHexStringLenient("0x06"))
        .extraData(Bytes.fromHexString("0xcafe"))
        .nonce(0x0102030405060708L);
  }

  /** A child of {@code parent} that passes the ledger's structural rules. */
  public static BlockHeaderBuilder childOf(final BlockHeader parent) {
    return parent.toBuilder()
        .parentHash(parent.hash())
        .number(parent.number() + 1)
        .timestamp(parent.timestamp() + 1)
        .gasUsed(0);
  }
}
