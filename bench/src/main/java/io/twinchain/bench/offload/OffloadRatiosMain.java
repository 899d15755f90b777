/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.offload;

import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;

/**
 * The two offload goals as paired ratios ({@link PairedRatio}), complementing the JMH runs on a
 * machine whose load swings between benchmarks: split vs full model per zoo model (goal ≤ 1.05,
 * {@link SplitOverheadCase}), framed vs raw loopback transfer per payload size (goal ≤ 1.10). Run
 * from the repository root: {@code bench/offload/overhead.sh}.
 */
public final class OffloadRatiosMain {
  private static final int ROUNDS = 301;
  private static final long BATCH_NANOS = 5_000_000;

  private OffloadRatiosMain() {}

  /**
   * Prints one line per model, batch and pair, then one per payload size; {@code split} or {@code
   * transfer} as the only argument runs just that half.
   */
  public static void main(final String[] args) throws IOException {
    final String only = args.length > 0 ? args[0] : "";
    if (!"transfer".equals(only)) {
      final ModelZoo zoo = ModelZoo.open(ModelZoo.defaultDirectory());
      for (final String id : zoo.ids()) {
        new SplitOverheadCase(id, zoo.model(id).layers(), ROUNDS, BATCH_NANOS).report();
      }
    }
    if (!"split".equals(only)) {
      transfers();
    }
  }

  private static void transfers() throws IOException {
    for (final int bytes : new int[] {2048, 65_536, 262_144}) {
      final TensorTransferBenchmark transfer = new TensorTransferBenchmark();
      transfer.payloadBytes = bytes;
      transfer.connect();
      try {
        final PairedRatio ratio =
            PairedRatio.measure(
                () -> unchecked(transfer::raw),
                () -> unchecked(transfer::framed),
                ROUNDS,
                BATCH_NANOS);
        System.out.printf("framed/raw %-8d bytes %s%n", bytes, ratio.describeWall());
      } finally {
        transfer.close();
      }
    }
  }

  private interface IoCall {
    int call() throws IOException;
  }

  private static long unchecked(final IoCall call) {
    try {
      return call.call();
    } catch (final IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
