/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.genesis.SystemContract;
import java.util.List;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Records each slot decision in the {@code ControllerLog} system contract: cuts in the decision's
 * twin order, per AP f^I_k/f^max_k, f^B_k/f^max_k and Z_k, scaled by 1e18.
 */
public final class ControllerLogRecorder {

  /** Gas for one record call (about 20 storage writes for 2 twins and 3 APs, with headroom). */
  static final long GAS = 2_000_000;

  private final ContractTransactions transactions;

  public ControllerLogRecorder(final ContractTransactions transactions) {
    this.transactions = transactions;
  }

  /** Submits the record transaction for {@code decision}. */
  public SubmitResult record(final SlotDecision decision) {
    return transactions.call(SystemContract.CONTROLLER_LOG.address(), recordCall(decision), GAS);
  }

  /**
   * The ABI call {@code record(slot, partitionPoints, aps, inferenceShares, miningShares, queues)}.
   */
  static Function recordCall(final SlotDecision decision) {
    final List<ApAllocation> aps = decision.aps();
    return new Function(
        ControllerLog.FUNC_RECORD,
        List.of(
            new Uint64(decision.slot()),
            new DynamicArray<>(
                Uint16.class, decision.cuts().stream().map(c -> new Uint16(c.cut())).toList()),
            new DynamicArray<>(Address.class, aps.stream().map(a -> new Address(a.ap())).toList()),
            new DynamicArray<>(
                Uint64.class,
                aps.stream().map(a -> new Uint64(FixedPoint.scaled(a.inferenceShare()))).toList()),
            new DynamicArray<>(
                Uint64.class,
                aps.stream().map(a -> new Uint64(FixedPoint.scaled(a.miningShare()))).toList()),
            new DynamicArray<>(
                Uint128.class,
                aps.stream().map(a -> new Uint128(FixedPoint.scaled(a.queue()))).toList())),
        List.of());
  }
}
