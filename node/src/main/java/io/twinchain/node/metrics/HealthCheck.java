/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

import java.util.Optional;

/** A readiness condition; empty means ready, otherwise the reason it is not. */
@FunctionalInterface
public interface HealthCheck {
  Optional<String> notReadyBecause();
}
