/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes (tests only; no fixed sleeps). */
public final class Eventually {

  private Eventually() {}

  public static void await(final String what, final BooleanSupplier condition) {
    await(what, Duration.ofSeconds(15), condition);
  }

  public static void await(
      final String what, final Duration timeout, final BooleanSupplier condition) {
    final long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
