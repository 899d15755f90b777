/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.contracts.genesis.SystemContract;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * Signs {@code TwinRegistry.anchor(slot, root, count, lastRevision)} as an EIP-1559 transaction
 * from the gateway's node key.
 *
 * <p>Assumption A-TWIN-ANCHOR-FEES: the permissioned chain charges no base fee, so anchors carry a
 * zero fee cap and tip; a gas limit of {@value #GAS_LIMIT} covers the call (about 100k) with room.
 */
public final class AnchorTransactions {

  /** Gas limit of an anchor transaction. */
  public static final long GAS_LIMIT = 200_000;

  private final long chainId;
  private final Credentials gateway;

  /**
   * @param chainId the chain's id
   * @param gateway the gateway's key (its node key)
   */
  public AnchorTransactions(final long chainId, final Credentials gateway) {
    this.chainId = chainId;
    this.gateway = gateway;
  }

  /** The signing account, {@code 0x}-prefixed. */
  public String sender() {
    return gateway.getAddress();
  }

  /** The signed envelope anchoring {@code record} with {@code nonce}. */
  public Bytes sign(final AnchorRecord record, final long nonce) {
    final String data =
        FunctionEncoder.encode(
            new Function(
                "anchor",
                List.of(
                    new Uint64(record.slot()),
                    new Bytes32(record.root().toArrayUnsafe()),
                    new Uint64(record.leaves().size()),
                    new Uint64(record.lastRevision())),
                List.of()));
    final RawTransaction raw =
        RawTransaction.createTransaction(
            chainId,
            BigInteger.valueOf(nonce),
            BigInteger.valueOf(GAS_LIMIT),
            SystemContract.TWIN_REGISTRY.address(),
            BigInteger.ZERO,
            data,
            BigInteger.ZERO,
            BigInteger.ZERO);
    return Bytes.wrap(TransactionEncoder.signMessage(raw, gateway));
  }
}
