/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.node.chain.PendingBlocks.Awaiting;
import io.twinchain.node.chain.PendingBlocks.Parked;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

/** Parked blocks come back by parent or by clock, and the oldest go first when full. */
class PendingBlocksTest {

  private final PendingBlocks pending = new PendingBlocks(2);
  private final BlockOrigin origin = new BlockOrigin(BlockOrigin.Kind.GOSSIP, Optional.empty());

  @Test
  void blocksWaitingForAParentReturnWhenItIsAskedFor() {
    final Parked child = parked(Bytes32.repeat((byte) 1), 10, Awaiting.PARENT);
    pending.park(child);
    pending.park(child);

    assertThat(pending.size()).isEqualTo(1);
    assertThat(pending.takeChildrenOf(Bytes32.repeat((byte) 2))).isEmpty();
    assertThat(pending.takeChildrenOf(Bytes32.repeat((byte) 1))).containsExactly(child);
    assertThat(pending.size()).isZero();
  }

  @Test
  void blocksWaitingForTheClockReturnOnceItReachesThem() {
    final Parked early = parked(Bytes32.ZERO, 100, Awaiting.CLOCK);
    pending.park(early);

    assertThat(pending.takeDue(99)).isEmpty();
    assertThat(pending.takeChildrenOf(Bytes32.ZERO)).isEmpty();
    assertThat(pending.takeDue(100)).containsExactly(early);
  }

  @Test
  void whenFullTheBlockParkedLongestAgoIsDropped() {
    final Parked first = parked(Bytes32.ZERO, 1, Awaiting.CLOCK);
    final Parked second = parked(Bytes32.ZERO, 2, Awaiting.CLOCK);
    final Parked third = parked(Bytes32.ZERO, 3, Awaiting.CLOCK);
    pending.park(first);
    pending.park(second);
    pending.park(third);

    assertThat(pending.takeDue(10)).containsExactly(second, third);
  }

  private Parked parked(final Bytes32 parent, final long timestamp, final Awaiting awaiting) {
    final BlockHeader header =
        BlockHeader.builder()
            .parentHash(parent)
            .number(1)
            .timestamp(timestamp)
            .difficulty(UInt256.ONE)
            .build();
    return new Parked(header, Bytes.EMPTY, origin, awaiting);
  }
}
