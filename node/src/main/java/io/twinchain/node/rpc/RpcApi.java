/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.Locale;
import java.util.Optional;

/** A method namespace, switched on by configuration ({@code --rpc-http-api}). */
public enum RpcApi {
  WEB3,
  NET,
  ETH,
  ADMIN,
  PERM,
  REP,
  TWIN,
  CTRL,
  DNN,
  ;

  /** Parses a namespace name in any case; empty when unknown. */
  public static Optional<RpcApi> parse(final String name) {
    for (final RpcApi api : values()) {
      if (api.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }
}
