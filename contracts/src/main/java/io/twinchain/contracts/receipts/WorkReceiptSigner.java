/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.receipts;

import io.twinchain.contracts.generated.WorkReceipts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * Signs a work receipt the way {@code WorkReceipts.submitSigned} checks it, so a gateway can hand
 * the receipt to any relayer (typically the AP that mines the next block): the EIP-191
 * personal-sign signature over keccak256(abi.encode(RECEIPT_TYPEHASH, chainId, contract, receipt)).
 * Assumption A-REP-RECEIPT-ATTESTATION: the gateway is the component that attests an AP's work.
 */
public final class WorkReceiptSigner {

  /** {@code keccak256("twinchain.WorkReceipt.v1")}, the contract's RECEIPT_TYPEHASH. */
  public static final Bytes32 RECEIPT_TYPEHASH =
      Bytes32.wrap(Hash.sha3("twinchain.WorkReceipt.v1".getBytes(StandardCharsets.UTF_8)));

  private final long chainId;
  private final String contractAddress;

  /**
   * @param chainId the chain the receipt is bound to
   * @param contractAddress the WorkReceipts contract the receipt is bound to
   */
  public WorkReceiptSigner(final long chainId, final String contractAddress) {
    this.chainId = chainId;
    this.contractAddress = contractAddress;
  }

  /** The 32-byte message the gateway signs (before the EIP-191 prefix). */
  public Bytes32 message(final WorkReceipts.Receipt receipt) {
    final List<Type> fields =
        List.of(
            new org.web3j.abi.datatypes.generated.Bytes32(RECEIPT_TYPEHASH.toArrayUnsafe()),
            new Uint256(BigInteger.valueOf(chainId)),
            new Address(contractAddress),
            receipt);
    return Bytes32.wrap(
        Hash.sha3(Bytes.fromHexString(FunctionEncoder.encodeConstructor(fields)).toArrayUnsafe()));
  }

  /** The 65-byte signature r ‖ s ‖ v (v = 27 or 28) that {@code submitSigned} accepts. */
  public Bytes sign(final WorkReceipts.Receipt receipt, final Credentials gateway) {
    final Sign.SignatureData signature =
        Sign.signPrefixedMessage(message(receipt).toArrayUnsafe(), gateway.getEcKeyPair());
    return Bytes.concatenate(
        Bytes.wrap(signature.getR()), Bytes.wrap(signature.getS()), Bytes.wrap(signature.getV()));
  }
}
