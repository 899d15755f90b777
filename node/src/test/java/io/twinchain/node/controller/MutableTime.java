/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand. */
final class MutableTime implements InstantSource {
  private volatile Instant now;

  MutableTime(final Instant start) {
    this.now = start;
  }

  void advance(final Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
