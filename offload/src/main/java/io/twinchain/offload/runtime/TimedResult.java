/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

/**
 * A task's result with its timing under throttling.
 *
 * @param value what the task returned
 * @param busyNanos CPU time the task used
 * @param wallNanos from start to end, idle padding included: max(busy × f^max / f^I, time the task
 *     ran while preempted)
 * @param share inference share f^I / f^max the task ran under
 */
public record TimedResult<T>(T value, long busyNanos, long wallNanos, double share) {}
