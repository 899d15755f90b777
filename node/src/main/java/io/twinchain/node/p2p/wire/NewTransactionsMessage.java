/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** NEW_TRANSACTIONS: signed transactions in their typed-envelope encoding. */
public record NewTransactionsMessage(List<Bytes> transactions) {

  public NewTransactionsMessage {
    transactions = List.copyOf(transactions);
  }

  public Frame encode() {
    return new Frame(
        TwinchainV1.NEW_TRANSACTIONS, RLP.encodeList(w -> transactions.forEach(w::writeValue)));
  }

  public static NewTransactionsMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame, TwinchainV1.NEW_TRANSACTIONS, r -> new NewTransactionsMessage(RlpLists.values(r)));
  }
}
