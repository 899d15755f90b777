/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The executor pads each task to CPU time × f^max / f^I, on a controlled clock. */
class ThrottledExecutorTest {

  @Test
  void wallTimeIsBusyTimeOverShare() throws Exception {
    final ManualPacer pacer = new ManualPacer();
    try (ThrottledExecutor executor = new ThrottledExecutor(pacer)) {
      executor.setShare(0.25);
      final TimedResult<String> result =
          executor.submit(() -> work(pacer, 1_000_000, "done")).get();
      assertThat(result.value()).isEqualTo("done");
      assertThat(result.busyNanos()).isEqualTo(1_000_000);
      assertThat(result.wallNanos()).isEqualTo(4_000_000);
      assertThat(result.share()).isEqualTo(0.25);
    }
  }

  @Test
  void queuedTasksAddUpLikeTheSpecsWorkload() throws Exception {
    final ManualPacer pacer = new ManualPacer();
    try (ThrottledExecutor executor = new ThrottledExecutor(pacer)) {
      executor.setShare(0.5);
      final var first = executor.submit(() -> work(pacer, 2_000, 1));
      final var second = executor.submit(() -> work(pacer, 6_000, 2));
      assertThat(second.get().value()).isEqualTo(2);
      assertThat(first.get().wallNanos() + second.get().wallNanos()).isEqualTo(16_000);
      assertThat(pacer.nanoTime()).isEqualTo(16_000);
    }
  }

  @Test
  void preemptionCountsAgainstThePaddingInsteadOfBeingPaddedAgain() throws Exception {
    final ManualPacer pacer = new ManualPacer();
    try (ThrottledExecutor executor = new ThrottledExecutor(pacer)) {
      executor.setShare(0.5);
      final var preempted = executor.submit(() -> preempted(pacer, 1_000_000, 600_000)).get();
      assertThat(preempted.busyNanos()).isEqualTo(1_000_000);
      assertThat(preempted.wallNanos()).isEqualTo(2_000_000);
      final var stretched = executor.submit(() -> preempted(pacer, 1_000_000, 1_500_000)).get();
      assertThat(stretched.wallNanos()).isEqualTo(2_500_000);
    }
  }

  @Test
  void fullShareAddsNoPadding() throws Exception {
    final ManualPacer pacer = new ManualPacer();
    try (ThrottledExecutor executor = new ThrottledExecutor(pacer)) {
      assertThat(executor.submit(() -> work(pacer, 5_000, 0)).get().wallNanos()).isEqualTo(5_000);
    }
  }

  @Test
  void zeroShareRefusesWorkAndBadSharesAreRejected() {
    try (ThrottledExecutor executor = new ThrottledExecutor(new ManualPacer())) {
      executor.setShare(0);
      assertThatThrownBy(() -> executor.submit(() -> 1))
          .isInstanceOf(NoInferenceShareException.class);
      assertThatThrownBy(() -> executor.setShare(1.5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> executor.setShare(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(executor.share()).isZero();
    }
  }

  @Test
  void aShareDroppingToZeroEndsThePaddingAndRefusesTheQueuedTask() throws Exception {
    final ManualPacer clock = new ManualPacer();
    final SettingPacer pacer = new SettingPacer(clock, 0);
    try (ThrottledExecutor executor = pacer.executor()) {
      executor.setShare(0.001);
      final CountDownLatch bothQueued = new CountDownLatch(1);
      final var first =
          executor.submit(
              () -> {
                bothQueued.await();
                return work(clock, 1_000_000, "done");
              });
      final var queued = executor.submit(() -> work(clock, 1_000_000, "never"));
      bothQueued.countDown();

      assertThat(first.get().value()).isEqualTo("done");
      assertThat(first.get().wallNanos())
          .isEqualTo(1_000_000 + ThrottledExecutor.IDLE_STEP_NANOS)
          .isLessThan(1_000_000_000L);
      assertThatThrownBy(queued::get).hasCauseInstanceOf(NoInferenceShareException.class);
      assertThat(clock.nanoTime()).isEqualTo(1_000_000 + ThrottledExecutor.IDLE_STEP_NANOS);
    }
  }

  @Test
  void aRaisedShareShortensThePaddingUnderWay() throws Exception {
    final ManualPacer clock = new ManualPacer();
    final SettingPacer pacer = new SettingPacer(clock, 1.0);
    try (ThrottledExecutor executor = pacer.executor()) {
      executor.setShare(0.01);
      assertThat(executor.submit(() -> work(clock, 1_000_000, 0)).get().wallNanos())
          .isEqualTo(1_000_000 + ThrottledExecutor.IDLE_STEP_NANOS);
    }
  }

  /** A clock whose first idle sets the executor's share to {@code share}: a decision arriving. */
  private static final class SettingPacer implements Pacer {
    private final ManualPacer clock;
    private final double share;
    private final ThrottledExecutor executor = new ThrottledExecutor(this);

    SettingPacer(final ManualPacer clock, final double share) {
      this.clock = clock;
      this.share = share;
    }

    ThrottledExecutor executor() {
      return executor;
    }

    @Override
    public long nanoTime() {
      return clock.nanoTime();
    }

    @Override
    public long threadCpuNanos() {
      return clock.threadCpuNanos();
    }

    @Override
    public void idleUntil(final long deadlineNanos) {
      clock.idleUntil(deadlineNanos);
      executor.setShare(share);
    }
  }

  private static long preempted(final ManualPacer pacer, final long cpu, final long lost) {
    pacer.advance(cpu);
    pacer.preempt(lost);
    return cpu;
  }

  private static <T> T work(final ManualPacer pacer, final long nanos, final T value) {
    pacer.advance(nanos);
    return value;
  }
}
