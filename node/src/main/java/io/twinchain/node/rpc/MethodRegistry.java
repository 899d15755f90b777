/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The methods of the enabled namespaces, by name. */
public final class MethodRegistry {

  private final Map<String, JsonRpcMethod> methods = new HashMap<>();

  /** Registers every method of the groups whose namespace is in {@code enabled}. */
  public MethodRegistry(final Collection<ApiGroup> groups, final Set<RpcApi> enabled) {
    groups.stream()
        .filter(group -> enabled.contains(group.api()))
        .flatMap(group -> group.methods().stream())
        .forEach(
            method -> {
              if (methods.put(method.name().methodName(), method) != null) {
                throw new IllegalStateException("method " + method.name() + " registered twice");
              }
            });
  }

  public Optional<JsonRpcMethod> get(final String name) {
    return Optional.ofNullable(methods.get(name));
  }

  public Set<String> names() {
    return Set.copyOf(methods.keySet());
  }
}
