/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.chain.types.Keccak256;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Signs an anchor record's {@code TwinRegistry.anchor} transaction, keeps it beside the record, and
 * hands it to the transaction pool; the anchor is then in flight until a canonical block holds it.
 */
final class AnchorSubmitter {

  private final AnchorRecords records;
  private final AnchorTransactions transactions;
  private final TransactionSink sink;
  private final Map<Bytes32, Long> inFlight;

  AnchorSubmitter(
      final AnchorRecords records,
      final AnchorTransactions transactions,
      final TransactionSink sink,
      final Map<Bytes32, Long> inFlight) {
    this.records = records;
    this.transactions = transactions;
    this.sink = sink;
    this.inFlight = inFlight;
  }

  /**
   * Records the transaction as submitted before handing it to the pool, because its block may be
   * published before {@code submit} returns; a refusal then overwrites the record.
   */
  AnchorRecord submit(final AnchorRecord record) {
    final long nonce = sink.nextNonce(new Address(transactions.sender()));
    final Bytes envelope = transactions.sign(record, nonce);
    final Bytes32 hash = Keccak256.hash(envelope);
    final AnchorRecord sent = record.submitted(AnchorStatus.SUBMITTED, hash, Optional.empty());
    records.putTransaction(hash, envelope);
    synchronized (records) {
      records.put(sent, false);
      inFlight.put(hash, record.slot());
    }
    final SubmitResult result = sink.submit(envelope);
    synchronized (records) {
      if (result instanceof SubmitResult.Rejected rejected) {
        inFlight.remove(hash);
        final AnchorRecord refused =
            sent.submitted(
                AnchorStatus.REJECTED,
                hash,
                Optional.of(rejected.reason() + ": " + rejected.detail()));
        records.put(refused, false);
        return refused;
      }
      return records.bySlot(record.slot()).orElse(sent);
    }
  }
}
