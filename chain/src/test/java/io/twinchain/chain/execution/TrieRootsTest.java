/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.state.WorldStateArchive;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class TrieRootsTest {

  @Test
  void emptyListHasTheEmptyTrieRoot() {
    assertThat(TrieRoots.ordered(List.of()))
        .isEqualTo(
            Bytes32.fromHexString(
                "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"))
        .isEqualTo(WorldStateArchive.EMPTY_ROOT);
  }

  /** Mainnet block 46147, the first block with a transaction: its transactionsRoot. */
  @Test
  void matchesAMainnetTransactionsRoot() {
    final Bytes transaction =
        Bytes.fromHexString(
            "0xf86780862d79883d2000825208945df9b87991262f6ba471f09758cde1c0fc1de734827a69801ca088ff6cf0fefd94db46111149ae4bfc179e9b94721fffd821d38d16464b3f71d0a045e0aff800961cfce805daef7016b9b675c137a6a41a548f7b60a3484c06a33a");
    assertThat(TrieRoots.transactionsRoot(List.of(transaction)))
        .isEqualTo(
            Bytes32.fromHexString(
                "0x4513310fcb9f6f616972a3b948dc5d547f280849a87ebb5af0191f98b87be598"));
  }

  @Test
  void orderMatters() {
    final Bytes a = Bytes.fromHexString("0x01");
    final Bytes b = Bytes.fromHexString("0x02");
    assertThat(TrieRoots.ordered(List.of(a, b))).isNotEqualTo(TrieRoots.ordered(List.of(b, a)));
  }
}
