/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods;

/** Ethereum JSON-RPC quantities: {@code 0x}-prefixed hex without leading zeros. */
public final class Quantity {

  private Quantity() {}

  public static String of(final long value) {
    return "0x" + Long.toHexString(value);
  }
}
