/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host allowlist (DNS-rebinding protection: which {@code Host} names we answer to) and the CORS
 * origin allowlist (which browser pages may call us). {@code *} in a list accepts anything.
 */
final class OriginPolicy {

  private final List<String> hosts;
  private final List<String> origins;

  OriginPolicy(final List<String> hosts, final List<String> origins) {
    this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether a request naming {@code host} (without port) may be served. */
  boolean allowsHost(final Optional<String> host) {
    return hosts.contains("*")
        || host.map(h -> hosts.contains(h.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** Whether a browser request from {@code origin} may be served. */
  boolean allowsOrigin(final String origin) {
    return origins.contains("*") || origins.contains(origin.toLowerCase(Locale.ROOT));
  }
}
