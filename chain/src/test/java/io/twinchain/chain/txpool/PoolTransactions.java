/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.types.Keccak256;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * Decoded transfers built field by field, for pool logic that does not look at signatures (the pool
 * takes decoded transactions from gossip as they are); the envelope is a unique stand-in.
 */
final class PoolTransactions {

  private PoolTransactions() {}

  static Address sender(final int index) {
    return new Address(BigInteger.valueOf(0x5000L + index));
  }

  /** The index {@link #sender} made {@code address} from. */
  static int senderIndex(final Address address) {
    return address.toUint().getValue().intValueExact() - 0x5000;
  }

  static Transaction transfer(final int sender, final long nonce, final long price) {
    return transfer(sender, nonce, price, 1);
  }

  static Transaction transfer(
      final int sender, final long nonce, final long price, final long value) {
    final Bytes envelope =
        Bytes.concatenate(
            Bytes.ofUnsignedInt(sender),
            Bytes.ofUnsignedLong(nonce),
            Bytes.ofUnsignedLong(price),
            Bytes.ofUnsignedLong(value));
    return new Transaction(
        envelope,
        Keccak256.hash(envelope),
        TransactionType.EIP1559,
        2024,
        sender(sender),
        nonce,
        BigInteger.valueOf(price),
        BigInteger.valueOf(price),
        21_000,
        Optional.of(sender(9999)),
        BigInteger.valueOf(value),
        Bytes.EMPTY,
        List.of());
  }
}
