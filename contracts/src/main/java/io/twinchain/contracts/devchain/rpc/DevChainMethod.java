/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import io.twinchain.contracts.devchain.DevChain;

/** A {@link DevRpcMethod} answered from one {@link DevChain}. */
abstract class DevChainMethod implements DevRpcMethod {

  private final String name;

  /** The chain this method reads or writes. */
  protected final DevChain chain;

  DevChainMethod(final String name, final DevChain chain) {
    this.name = name;
    this.chain = chain;
  }

  @Override
  public final String name() {
    return name;
  }
}
