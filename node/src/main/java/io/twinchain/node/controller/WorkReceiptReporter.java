/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.receipts.WorkReceiptSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;

/**
 * A gateway's work receipts: once a slot is over, every AP work item completed in it is signed
 * ({@link WorkReceiptSigner}) and submitted to {@code WorkReceipts.submitSigned}, which feeds the
 * AP's reputation in {@code ReputationRegistry}. The shares of one AP's receipts in a slot add up
 * to its decided f^I_k/f^max_k (split by FLOPs), as A-REP-SLOT-AGGREGATION expects
 * (A-CTRL-LIVE-RECEIPT-SHARE).
 */
public final class WorkReceiptReporter {

  /** Gas for one submitSigned call. */
  static final long GAS = 500_000;

  private final ContractTransactions transactions;
  private final WorkReceiptSigner signer;
  private final Credentials gateway;
  private final ControllerStatus status;
  private final List<CompletedWork> open = new ArrayList<>();

  /**
   * @param transactions calls from the gateway's account
   * @param signer binds receipts to this chain and the WorkReceipts contract
   * @param gateway the gateway's key
   * @param status the decisions in force, for the AP shares
   */
  public WorkReceiptReporter(
      final ContractTransactions transactions,
      final WorkReceiptSigner signer,
      final Credentials gateway,
      final ControllerStatus status) {
    this.transactions = transactions;
    this.signer = signer;
    this.gateway = gateway;
    this.status = status;
  }

  /** Notes completed work; it is receipted after its slot ends. */
  public synchronized void completed(final CompletedWork work) {
    open.add(work);
  }

  /** Submits a receipt for every work item of slots before {@code slot}. */
  public synchronized List<SubmitResult> onSlot(final long slot) {
    final List<CompletedWork> due = open.stream().filter(w -> w.slot() < slot).toList();
    open.removeAll(due);
    final List<SubmitResult> results = new ArrayList<>();
    for (final CompletedWork work : due) {
      final WorkReceipts.Receipt receipt = receipt(work, share(work, due));
      results.add(
          transactions.call(
              SystemContract.WORK_RECEIPTS.address(),
              new Function(
                  WorkReceipts.FUNC_SUBMITSIGNED,
                  List.of(receipt, new DynamicBytes(signer.sign(receipt, gateway).toArrayUnsafe())),
                  List.of()),
              GAS));
    }
    return results;
  }

  /**
   * The AP's decided share, split over its work items of the slot by FLOPs (evenly when none ran
   * any, e.g. at cut L), so the shares add up to f^I_k/f^max_k.
   */
  private double share(final CompletedWork work, final List<CompletedWork> due) {
    final List<CompletedWork> sameAp =
        due.stream()
            .filter(w -> w.slot() == work.slot() && w.ap().equalsIgnoreCase(work.ap()))
            .toList();
    final long apFlops = sameAp.stream().mapToLong(CompletedWork::flops).sum();
    final double apShare =
        status
            .inForce(work.slot())
            .flatMap(s -> s.decision().allocationOf(work.ap()))
            .map(ApAllocation::inferenceShare)
            .orElse(0.0);
    return apFlops == 0 ? apShare / sameAp.size() : apShare * work.flops() / apFlops;
  }

  private static WorkReceipts.Receipt receipt(final CompletedWork work, final double share) {
    return new WorkReceipts.Receipt(
        Hash.sha3((work.twin() + "@" + work.slot()).getBytes(StandardCharsets.UTF_8)),
        BigInteger.valueOf(work.slot()),
        work.ap(),
        BigInteger.valueOf(work.cut()),
        FixedPoint.scaled(share),
        BigInteger.valueOf(work.flops()),
        work.resultHash().toArrayUnsafe(),
        BigInteger.valueOf(Math.min(work.latencyMicros(), 0xFFFF_FFFFL)));
  }
}
