/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.transaction;

import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.chain.validation.InvalidReason;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.transaction.type.ITransaction;
import org.web3j.crypto.transaction.type.Transaction1559;
import org.web3j.crypto.transaction.type.TransactionType;
import org.web3j.utils.Numeric;

/**
 * Decodes signed Ethereum transaction envelopes (legacy with EIP-155, and EIP-1559) with web3j and
 * recovers their sender, so any Ethereum wallet library can sign for this chain. Refuses anything
 * else with a typed {@link TransactionReason}: malformed or truncated bytes, other envelope types,
 * a missing or wrong chain id, a malleable or unrecoverable signature.
 */
public final class SignedTransactionDecoder {

  private final long chainId;
  private final RecoveredTransactions recovered;
  private final SenderRecovery senders;

  /** A decoder accepting transactions signed for {@code chainId}, recovering every sender anew. */
  public SignedTransactionDecoder(final long chainId) {
    this(chainId, 0, SenderRecovery.fastest());
  }

  /** A decoder recovering every sender anew with {@code senders}, e.g. the reference in tests. */
  public SignedTransactionDecoder(final long chainId, final SenderRecovery senders) {
    this(chainId, 0, senders);
  }

  private SignedTransactionDecoder(
      final long chainId, final int remembered, final SenderRecovery senders) {
    this.chainId = chainId;
    this.recovered = new RecoveredTransactions(remembered);
    this.senders = senders;
  }

  /**
   * A decoder that remembers the last {@code remembered} transactions it decoded, so an envelope
   * seen again (pool, gossip, block import, chain events) costs a hash instead of a sender
   * recovery. Share one per node.
   */
  public static SignedTransactionDecoder remembering(final long chainId, final int remembered) {
    return new SignedTransactionDecoder(chainId, remembered, SenderRecovery.fastest());
  }

  /** The chain id this decoder accepts. */
  public long chainId() {
    return chainId;
  }

  /**
   * Decodes and verifies one envelope.
   *
   * @throws InvalidTransactionException with the reason the envelope is refused
   */
  public Transaction decode(final Bytes envelope) throws InvalidTransactionException {
    final Bytes32 hash = Keccak256.hash(envelope);
    final Optional<Transaction> known = recovered.get(hash);
    if (known.isPresent()) {
      return known.get();
    }
    final Transaction transaction = decodeAndRecover(envelope, hash);
    recovered.put(transaction);
    return transaction;
  }

  private Transaction decodeAndRecover(final Bytes envelope, final Bytes32 hash)
      throws InvalidTransactionException {
    final TransactionType type = EnvelopeShape.check(envelope);
    final SignedRawTransaction signed = parse(envelope);
    final long signedChainId = chainIdOf(type, signed);
    if (signedChainId != chainId) {
      throw new InvalidTransactionException(
          InvalidReason.mismatch(
              TransactionReason.WRONG_CHAIN_ID, "chain id", chainId, signedChainId));
    }
    SignatureChecks.requireCanonical(signed.getSignatureData());
    return toTransaction(envelope, hash, type, signed, recoverSender(signed));
  }

  private static SignedRawTransaction parse(final Bytes envelope)
      throws InvalidTransactionException {
    final RawTransaction raw;
    try {
      raw = TransactionDecoder.decode(envelope.toHexString());
    } catch (final RuntimeException e) {
      throw new InvalidTransactionException(
          TransactionReason.MALFORMED_ENCODING, "undecodable envelope: " + e.getMessage());
    }
    if (!(raw instanceof SignedRawTransaction signed) || signed.getSignatureData() == null) {
      throw new InvalidTransactionException(
          TransactionReason.INVALID_SIGNATURE, "transaction is not signed");
    }
    return signed;
  }

  private static long chainIdOf(final TransactionType type, final SignedRawTransaction signed)
      throws InvalidTransactionException {
    if (type == TransactionType.EIP1559) {
      return ((Transaction1559) signed.getTransaction()).getChainId();
    }
    final Long legacyChainId = signed.getChainId();
    if (legacyChainId == null) {
      throw new InvalidTransactionException(
          TransactionReason.MISSING_CHAIN_ID, "legacy transaction without EIP-155 chain id");
    }
    return legacyChainId;
  }

  /** What web3j's {@code getFrom()} recovers, by our {@link SenderRecovery}. */
  private Address recoverSender(final SignedRawTransaction signed)
      throws InvalidTransactionException {
    final Sign.SignatureData signature = signed.getSignatureData();
    final byte realV = signed.getRealV(Numeric.toBigInt(signature.getV()));
    final Bytes32 signingHash;
    try {
      signingHash = Keccak256.hash(Bytes.wrap(signed.getEncodedTransaction(signed.getChainId())));
    } catch (final RuntimeException e) {
      throw SignatureChecks.unrecoverable(e.getMessage());
    }
    return senders.recover(
        signingHash,
        realV - 27,
        Bytes32.leftPad(Bytes.wrap(signature.getR())),
        Bytes32.leftPad(Bytes.wrap(signature.getS())));
  }

  private Transaction toTransaction(
      final Bytes envelope,
      final Bytes32 hash,
      final TransactionType type,
      final SignedRawTransaction signed,
      final Address sender) {
    final ITransaction body = signed.getTransaction();
    final boolean dynamicFee = type == TransactionType.EIP1559;
    final BigInteger feeCap =
        dynamicFee ? ((Transaction1559) body).getMaxFeePerGas() : body.getGasPrice();
    final BigInteger priorityFee =
        dynamicFee ? ((Transaction1559) body).getMaxPriorityFeePerGas() : body.getGasPrice();
    final String to = body.getTo();
    return new Transaction(
        envelope,
        hash,
        type,
        chainId,
        sender,
        body.getNonce().longValueExact(),
        feeCap,
        priorityFee,
        body.getGasLimit().longValueExact(),
        to == null || to.isEmpty() || "0x".equals(to)
            ? Optional.empty()
            : Optional.of(Addresses.fromHex(to)),
        body.getValue(),
        Bytes.fromHexString(body.getData() == null ? "" : body.getData()),
        dynamicFee ? ((Transaction1559) body).getAccessList() : java.util.List.of());
  }
}
