/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * The transaction object of {@code eth_getTransactionByHash} and full blocks; block fields are null
 * while the transaction is pending.
 */
public final class TransactionJson {

  /**
   * Where a mined transaction sits.
   *
   * @param blockHash the block holding it
   * @param blockNumber that block's number
   * @param index its position in the block
   */
  public record Position(Bytes32 blockHash, long blockNumber, int index) {}

  private static final BigInteger LEGACY_V_BASE = BigInteger.valueOf(27);

  private TransactionJson() {}

  /** A mined transaction. */
  public static ObjectNode of(final Transaction transaction, final Position position) {
    final ObjectNode json = pending(transaction);
    json.set("blockHash", HexJson.data(position.blockHash()));
    json.set("blockNumber", HexJson.quantity(position.blockNumber()));
    json.set("transactionIndex", HexJson.quantity(position.index()));
    return json;
  }

  /** A transaction not yet in a block. */
  public static ObjectNode pending(final Transaction transaction) {
    final ObjectNode json = HexJson.NODES.objectNode();
    json.set("hash", HexJson.data(transaction.hash()));
    json.set("type", HexJson.quantity(typeNumber(transaction.type())));
    json.set("chainId", HexJson.quantity(transaction.chainId()));
    json.set("nonce", HexJson.quantity(transaction.nonce()));
    json.set("from", HexJson.address(transaction.sender()));
    json.set("to", HexJson.address(transaction.to()));
    json.set("value", HexJson.quantity(transaction.value()));
    json.set("gas", HexJson.quantity(transaction.gasLimit()));
    json.set("gasPrice", HexJson.quantity(transaction.effectiveGasPrice(BigInteger.ZERO)));
    if (transaction.type() == TransactionType.EIP1559) {
      json.set("maxFeePerGas", HexJson.quantity(transaction.maxFeePerGas()));
      json.set("maxPriorityFeePerGas", HexJson.quantity(transaction.maxPriorityFeePerGas()));
      final ArrayNode accessList = json.putArray("accessList");
      transaction
          .accessList()
          .forEach(
              entry -> {
                final ObjectNode item = accessList.addObject();
                item.put("address", entry.getAddress());
                final ArrayNode keys = item.putArray("storageKeys");
                entry.getStorageKeys().forEach(keys::add);
              });
    }
    json.set("input", HexJson.data(transaction.data()));
    json.putNull("blockHash");
    json.putNull("blockNumber");
    json.putNull("transactionIndex");
    signature(json, transaction);
    return json;
  }

  /** The EIP-2718 type number: 0 for legacy. */
  public static long typeNumber(final TransactionType type) {
    return Optional.ofNullable(type.getRlpType()).map(Byte::longValue).orElse(0L);
  }

  private static void signature(final ObjectNode json, final Transaction transaction) {
    final Sign.SignatureData signature =
        ((SignedRawTransaction) TransactionDecoder.decode(transaction.envelope().toHexString()))
            .getSignatureData();
    final BigInteger v = new BigInteger(1, signature.getV());
    if (transaction.type() == TransactionType.EIP1559) {
      // web3j reports a typed envelope's parity as 27 + y, as for a pre-EIP-155 signature
      final BigInteger parity = v.compareTo(LEGACY_V_BASE) >= 0 ? v.subtract(LEGACY_V_BASE) : v;
      json.set("v", HexJson.quantity(parity));
      json.set("yParity", HexJson.quantity(parity));
    } else {
      json.set("v", HexJson.quantity(v));
    }
    json.set("r", HexJson.quantity(new BigInteger(1, signature.getR())));
    json.set("s", HexJson.quantity(new BigInteger(1, signature.getS())));
  }
}
