/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods;

import io.twinchain.chain.json.HexJson;

/** Ethereum JSON-RPC quantities as strings: {@code 0x}-prefixed hex without leading zeros. */
public final class Quantity {

  private Quantity() {}

  public static String of(final long value) {
    return HexJson.quantity(value).textValue();
  }
}
