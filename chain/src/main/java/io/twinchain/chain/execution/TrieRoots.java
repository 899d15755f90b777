/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.horizen.evm.TrieHasher;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.block.ReceiptRlp;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.chain.state.WorldStateArchive;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Ethereum's ordered Merkle-Patricia trie roots (key = RLP of the index, value = the item's
 * envelope), computed by go-ethereum's own {@code DeriveSha} through libevm.
 */
public final class TrieRoots {

  /** Root of the empty trie (no transactions, no receipts). */
  public static final Bytes32 EMPTY = WorldStateArchive.EMPTY_ROOT;

  private TrieRoots() {}

  /** Root of the trie of {@code items} in order; the empty-trie root for no items. */
  public static Bytes32 ordered(final List<Bytes> items) {
    final byte[][] leaves = new byte[items.size()][];
    for (int i = 0; i < leaves.length; i++) {
      leaves[i] = items.get(i).toArrayUnsafe();
    }
    return EvmTypes.fromEvm(TrieHasher.Root(leaves));
  }

  /** Transactions root of a body's signed envelopes. */
  public static Bytes32 transactionsRoot(final List<Bytes> envelopes) {
    return ordered(envelopes);
  }

  /** Receipts root of a block's receipts. */
  public static Bytes32 receiptsRoot(final List<Receipt> receipts) {
    return ordered(receipts.stream().map(ReceiptRlp::encode).toList());
  }
}
