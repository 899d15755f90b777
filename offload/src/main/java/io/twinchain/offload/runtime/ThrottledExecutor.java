/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The AP's inference executor, throttled to its inference share s = f^I_k / f^max_k (spec §2.5).
 *
 * <p>Mechanism (time dilation by idle padding): tasks run one at a time, in arrival order, at full
 * speed on one core; after a task that was busy for b nanoseconds the worker idles (parks, using no
 * CPU) until b / s has passed since the task started. A task of W FLOPs is busy W / (φ·f^max) on
 * this machine, so its wall time is W / (φ·s·f^max) = W / (φ·f^I), and a queue of tasks adds up the
 * same way, which is the spec's τ^exe_A = W_k / (φ_A f^I_k). The idle part is the (1 − s) share of
 * the core left to mining (f^B). The share is read when a task starts, so a new slot's decision
 * applies from the next task, and to the padding of the running one. A share of zero refuses work
 * ({@link NoInferenceShareException}): new and queued tasks at once, while the running task's
 * result is delivered without further padding. Assumption {@code A-OFFLOAD-THROTTLE-PADDING}.
 */
public final class ThrottledExecutor implements AutoCloseable {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            final Thread thread = new Thread(runnable, "ap-inference");
            thread.setDaemon(true);
            return thread;
          });

  /** Longest idle between two readings of the share. */
  static final long IDLE_STEP_NANOS = 10_000_000;

  private final Pacer pacer;
  private volatile double share = 1.0;

  /** An executor on the real clock. */
  public ThrottledExecutor() {
    this(Pacer.SYSTEM);
  }

  /** An executor on {@code pacer}'s clock. */
  public ThrottledExecutor(final Pacer pacer) {
    this.pacer = pacer;
  }

  /** Sets s = f^I / f^max ∈ [0, 1] for tasks starting from now. */
  public void setShare(final double newShare) {
    if (!(newShare >= 0 && newShare <= 1)) {
      throw new IllegalArgumentException("inference share must be in [0, 1], was " + newShare);
    }
    share = newShare;
  }

  /** The current share. */
  public double share() {
    return share;
  }

  /** Queues {@code task}; the future fails with {@link NoInferenceShareException} if s = 0. */
  public <T> CompletableFuture<TimedResult<T>> submit(final Callable<T> task) {
    if (share == 0) {
      throw new NoInferenceShareException("inference share is 0; no task can run");
    }
    final CompletableFuture<TimedResult<T>> future = new CompletableFuture<>();
    worker.execute(() -> runPaced(task, future));
    return future;
  }

  private <T> void runPaced(final Callable<T> task, final CompletableFuture<TimedResult<T>> out) {
    final double s = share;
    if (s == 0) {
      out.completeExceptionally(new NoInferenceShareException("inference share dropped to 0"));
      return;
    }
    final long start = pacer.nanoTime();
    try {
      final T value = task.call();
      final long busy = pacer.nanoTime() - start;
      padIdle(start, busy);
      out.complete(new TimedResult<>(value, busy, pacer.nanoTime() - start, s));
    } catch (final Exception e) {
      out.completeExceptionally(e);
    }
  }

  /**
   * Idles until busy / s has passed since {@code start}, in steps that re-read the share: a new
   * decision applies to the padding under way, and a share of 0 ends it at once, so the finished
   * result goes out and the queued tasks are refused promptly instead of waiting out a padding
   * sized for the old share.
   */
  private void padIdle(final long start, final long busy) {
    for (double s = share; s > 0; s = share) {
      final long deadline = start + Math.round(busy / s);
      final long now = pacer.nanoTime();
      if (now >= deadline) {
        return;
      }
      pacer.idleUntil(Math.min(deadline, now + IDLE_STEP_NANOS));
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
