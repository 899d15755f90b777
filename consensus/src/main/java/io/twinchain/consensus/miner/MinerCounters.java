/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * State the miner's threads share with it.
 *
 * @param running cleared to stop every thread
 * @param hashes hashes tried so far
 * @param blocks blocks mined and accepted so far
 */
record MinerCounters(AtomicBoolean running, LongAdder hashes, AtomicLong blocks) {

  static MinerCounters started() {
    return new MinerCounters(new AtomicBoolean(true), new LongAdder(), new AtomicLong());
  }
}
