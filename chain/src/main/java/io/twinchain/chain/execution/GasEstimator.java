/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.state.MissingStateException;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * {@code eth_estimateGas}: the least gas limit with which a call succeeds, found by binary search
 * over real executions (go-ethereum's method), since the gas used by a run with plenty of gas
 * understates what the call needs under the 63/64 rule and refunds.
 */
public final class GasEstimator {

  /** Runs the call with a given amount of execution gas (intrinsic gas excluded). */
  @FunctionalInterface
  public interface Execution {
    CallResult run(long gas) throws MissingStateException;
  }

  /** The estimate: a gas limit, or the failing run at the cap. */
  public sealed interface Estimate {
    /** The call succeeds with this gas limit (intrinsic gas included) and fails with one less. */
    record Sufficient(long gasLimit) implements Estimate {}

    /** The call fails even with the cap; {@code result} says how. */
    record Failing(CallResult result) implements Estimate {}
  }

  private GasEstimator() {}

  /**
   * Estimates the gas limit of a call.
   *
   * @param request the call (its own gas is the cap)
   * @param execution runs the call with the given execution gas
   */
  public static Estimate estimate(final CallRequest request, final Execution execution)
      throws MissingStateException {
    final long intrinsic = IntrinsicGas.ofData(request.data(), request.to().isEmpty());
    final long cap = request.gas() - intrinsic;
    if (cap < 0) {
      return new Estimate.Failing(
          new CallResult(
              Bytes.EMPTY, 0, false, Optional.of("intrinsic gas too low: needs " + intrinsic)));
    }
    final CallResult atCap = execution.run(cap);
    if (!atCap.success()) {
      return new Estimate.Failing(atCap);
    }
    // most calls need no more than they use; one run settles them without a search
    if (execution.run(atCap.gasUsed()).success()) {
      return new Estimate.Sufficient(intrinsic + atCap.gasUsed());
    }
    long failing = atCap.gasUsed();
    long succeeding = cap;
    while (succeeding - failing > 1) {
      final long middle = failing + (succeeding - failing) / 2;
      if (execution.run(middle).success()) {
        succeeding = middle;
      } else {
        failing = middle;
      }
    }
    return new Estimate.Sufficient(intrinsic + succeeding);
  }
}
