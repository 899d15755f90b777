/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.node.controller.ControllerSetups;
import io.twinchain.node.offload.LoopbackTails;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.split.CutPointOutOfRangeException;
import io.twinchain.offload.tensor.Tensor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway's heads run on its throttled executor at φ_G f_G / (φ_A f^max) of a core, as the
 * controller plans them, over the real ONNX Runtime and P2P stack; the clock of the throttle is a
 * manual one, so the padding is exact.
 */
class ThrottledHeadTest {
  private static final String MODEL = "vibration-cnn";
  private static final long CPU_PER_TASK_NANOS = 1_000_000;

  @TempDir static Path dir;
  private static LoopbackTails loop;

  /** Each task "uses" 1 ms of CPU; idling moves the clock to the deadline. */
  private static final class ManualClock implements Pacer {
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final AtomicLong idled = new AtomicLong();

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public long threadCpuNanos() {
      return cpu.getAndAdd(CPU_PER_TASK_NANOS);
    }

    @Override
    public void idleUntil(final long deadlineNanos) {
      idled.addAndGet(deadlineNanos - now.get());
      now.set(deadlineNanos);
    }
  }

  @BeforeAll
  static void connect() throws Exception {
    loop = new LoopbackTails(dir);
  }

  @AfterAll
  static void close() {
    loop.close();
  }

  @Test
  void theGatewayRunsAtTheSpecsTwelfthOfAnApsMaximum() {
    // §6.3: 1 GHz × 8 FLOPs/cycle against 3 GHz × 32.
    assertThat(ControllerSetups.gatewayHeadShare()).isEqualTo(8e9 / 96e9);
  }

  @Test
  void headsAndLocalRunsArePaddedToTheGatewaysShareAndKeepTheirResults() throws Exception {
    final ManualClock clock = new ManualClock();
    try (ThrottledExecutor heads = new ThrottledExecutor(clock)) {
      heads.setShare(ControllerSetups.gatewayHeadShare());
      final OffloadClient client = client(heads);
      final Tensor batch = LoopbackTails.windows(2);
      final Assignment assignment = new Assignment(MODEL, 5, loop.pair().ap().id());

      final OffloadOutcome offloaded = client.infer(assignment, batch);
      final OffloadOutcome local = client.inferLocally(assignment, batch);

      // two heads of 1 ms CPU each, each padded to 12 ms (the manual clock stands still in a task)
      assertThat(clock.idled.get()).isEqualTo(2 * 12 * CPU_PER_TASK_NANOS);
      final Tensor reference = loop.runtimes().model(MODEL).full().run(batch);
      assertThat(offloaded.output().floats()).isEqualTo(reference.floats());
      assertThat(local.output().floats()).isEqualTo(reference.floats());
      assertThat(local.assignment().cut()).isEqualTo(10);
    }
  }

  @Test
  void aHeadsOwnFailureSurfacesAsAtFullSpeed() {
    try (ThrottledExecutor heads = new ThrottledExecutor(new ManualClock())) {
      final OffloadClient client = client(heads);
      assertThatThrownBy(
              () ->
                  client.infer(
                      new Assignment(MODEL, 99, loop.pair().ap().id()), LoopbackTails.windows(1)))
          .isInstanceOf(CutPointOutOfRangeException.class);
    }
  }

  private static OffloadClient client(final ThrottledExecutor heads) {
    return new OffloadClient(
        loop.runtimes(),
        loop.pair().gateway().requests(),
        LinkPacing.real(),
        new ThroughputEstimator(),
        LoopbackTails.TIMEOUT,
        Optional.of(heads));
  }
}
