/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.web3;

import io.twinchain.node.rpc.JsonRpcError;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.web3j.crypto.Hash;

/** {@code web3_sha3}: Keccak-256 of the given {@code 0x} hex data. */
public final class Web3Sha3 implements JsonRpcMethod {

  private static final Pattern HEX_DATA = Pattern.compile("0x([0-9a-fA-F]{2})*");

  @Override
  public RpcMethod name() {
    return RpcMethod.WEB3_SHA3;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(1);
    final String data = params.string(0);
    if (!HEX_DATA.matcher(data).matches()) {
      throw new JsonRpcException(
          JsonRpcError.INVALID_PARAMS, "data must be 0x-prefixed hex of whole bytes");
    }
    return "0x" + HexFormat.of().formatHex(Hash.sha3(HexFormat.of().parseHex(data.substring(2))));
  }
}
