/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * A signed transaction, decoded from its Ethereum envelope and with its sender recovered. Obtain
 * one from {@link SignedTransactionDecoder#decode}; the envelope bytes are kept verbatim, so the
 * hash and the transactions root are exactly Ethereum's.
 *
 * @param envelope the signed envelope: an RLP list (legacy) or type byte ‖ RLP list (EIP-1559)
 * @param hash Keccak-256 of the envelope
 * @param type legacy or EIP-1559
 * @param chainId the chain the signature is bound to
 * @param sender the address recovered from the signature
 * @param nonce the sender's account nonce this transaction consumes
 * @param maxFeePerGas the gas price (legacy) or fee cap (EIP-1559), in wei
 * @param maxPriorityFeePerGas the gas price (legacy) or priority fee (EIP-1559), in wei
 * @param gasLimit the most gas the transaction may use
 * @param to the callee, or empty for a contract creation
 * @param value wei transferred to the callee
 * @param data call data or init code
 * @param accessList EIP-2930 access list (always empty for legacy transactions)
 */
public record Transaction(
    Bytes envelope,
    Bytes32 hash,
    TransactionType type,
    long chainId,
    Address sender,
    long nonce,
    BigInteger maxFeePerGas,
    BigInteger maxPriorityFeePerGas,
    long gasLimit,
    Optional<Address> to,
    BigInteger value,
    Bytes data,
    List<AccessListObject> accessList) {

  /** Whether this transaction deploys a contract. */
  public boolean isContractCreation() {
    return to.isEmpty();
  }

  /**
   * The price per gas the sender pays given the block's base fee: the gas price for legacy
   * transactions, {@code min(feeCap, baseFee + priorityFee)} for EIP-1559.
   */
  public BigInteger effectiveGasPrice(final BigInteger baseFee) {
    return maxFeePerGas.min(baseFee.add(maxPriorityFeePerGas));
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof Transaction that && hash.equals(that.hash);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return "Transaction[" + hash.toHexString() + " from " + sender + " nonce " + nonce + "]";
  }
}
