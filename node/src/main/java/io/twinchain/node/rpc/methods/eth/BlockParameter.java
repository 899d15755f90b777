/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.util.regex.Pattern;

/**
 * Resolves a block parameter ({@code latest}, {@code earliest}, {@code pending}, {@code safe},
 * {@code finalized} or a hex number) to a block number.
 */
final class BlockParameter {

  private static final Pattern QUANTITY = Pattern.compile("0x(0|[1-9a-fA-F][0-9a-fA-F]{0,15})");

  private BlockParameter() {}

  static long resolve(final String parameter, final BlockchainQueries chain)
      throws JsonRpcException {
    return switch (parameter) {
      case "latest", "pending", "safe", "finalized" -> chain.headNumber();
      case "earliest" -> 0;
      default -> {
        if (!QUANTITY.matcher(parameter).matches()) {
          throw new JsonRpcException(
              JsonRpcError.INVALID_PARAMS, "invalid block parameter '" + parameter + "'");
        }
        final long number = Long.parseUnsignedLong(parameter.substring(2), 16);
        if (number < 0) {
          throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, "block number out of range");
        }
        yield number;
      }
    };
  }
}
