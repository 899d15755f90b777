/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.runtime;

/**
 * A task's result with its timing under throttling.
 *
 * @param value what the task returned
 * @param busyNanos time the task ran at full speed
 * @param wallNanos busy time plus idle padding, ≈ busy × f^max / f^I
 * @param share inference share f^I / f^max the task ran under
 */
public record TimedResult<T>(T value, long busyNanos, long wallNanos, double share) {}
