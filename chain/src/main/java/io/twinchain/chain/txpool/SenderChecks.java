/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.util.Optional;

/** The checks against the sender's head account and its pending transactions. */
final class SenderChecks {

  private final ReplacementRule replacement;
  private final int maxFutureDistance;

  SenderChecks(final TransactionPoolConfig config) {
    this.replacement = new ReplacementRule(config.priceBumpPercent());
    this.maxFutureDistance = config.maxFutureDistance();
  }

  Optional<SubmitResult.Rejected> check(final SenderQueue queue, final PendingTransaction pending) {
    final long nonce = pending.nonce();
    final long accountNonce = queue.account().nonce();
    if (nonce < accountNonce) {
      return AdmissionChecks.reject(
          RejectionReason.NONCE_TOO_LOW,
          "nonce " + nonce + " is below the sender's account nonce " + accountNonce);
    }
    final Optional<PendingTransaction> existing = queue.at(nonce);
    if (existing.isPresent()) {
      final Optional<String> refusal = replacement.refusal(existing.get(), pending);
      if (refusal.isPresent()) {
        return AdmissionChecks.reject(RejectionReason.REPLACEMENT_UNDERPRICED, refusal.get());
      }
    } else if (nonce - queue.nextNonce() > maxFutureDistance) {
      return AdmissionChecks.reject(
          RejectionReason.NONCE_TOO_FAR_AHEAD,
          "nonce "
              + nonce
              + " is more than "
              + maxFutureDistance
              + " past the sender's next pending nonce "
              + queue.nextNonce());
    }
    if (pending.upfrontCost().compareTo(queue.account().balance()) > 0) {
      return AdmissionChecks.reject(
          RejectionReason.INSUFFICIENT_BALANCE,
          "gas limit × fee cap + value is "
              + pending.upfrontCost()
              + " but the balance is "
              + queue.account().balance());
    }
    return Optional.empty();
  }
}
