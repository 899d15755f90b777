/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.Hash;
import io.horizen.evm.StateDB;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an {@link AccountOverlay} knows of one account: each field is read from the StateDB at most
 * once, and changes are kept as pending writes. A balance credited before it was ever read stays a
 * pending delta, so paying a recipient or the miner costs no read.
 */
final class OverlayAccount {

  private final io.horizen.evm.Address address;
  private Optional<Boolean> hasCode = Optional.empty();
  private Optional<Hash> codeHash = Optional.empty();
  private OptionalLong nonce = OptionalLong.empty();
  private boolean nonceChanged;
  private Optional<BigInteger> balance = Optional.empty();
  private BigInteger pendingDelta = BigInteger.ZERO;
  private Optional<BigInteger> pendingAbsolute = Optional.empty();

  OverlayAccount(final io.horizen.evm.Address address, final KnownAccount known) {
    this.address = address;
    this.nonce = known.nonce();
    this.balance = known.balance();
    this.hasCode = known.hasCode();
  }

  /** What is known now; after a flush it holds in the StateDB. */
  KnownAccount known() {
    return new KnownAccount(nonce, balance, hasCode);
  }

  /** Whether the account holds code (libevm's boolean query is cheaper than the code hash). */
  boolean hasCode(final StateDB db) {
    if (hasCode.isEmpty()) {
      hasCode = Optional.of(db.isSmartContractAccount(address));
    }
    return hasCode.orElseThrow();
  }

  /** go-ethereum's code hash: all zero for an account absent from the trie. */
  Hash codeHash(final StateDB db) {
    if (codeHash.isEmpty()) {
      codeHash = Optional.of(db.getCodeHash(address));
    }
    return codeHash.orElseThrow();
  }

  long nonce(final StateDB db) {
    if (nonce.isEmpty()) {
      nonce = OptionalLong.of(db.getNonce(address).longValueExact());
    }
    return nonce.getAsLong();
  }

  void setNonce(final long value) {
    nonce = OptionalLong.of(value);
    nonceChanged = true;
  }

  BigInteger balance(final StateDB db) {
    if (balance.isEmpty()) {
      // The StateDB has not seen the pending delta yet.
      balance = Optional.of(db.getBalance(address).add(pendingDelta));
    }
    return balance.orElseThrow();
  }

  void setBalance(final BigInteger value) {
    balance = Optional.of(value);
    pendingAbsolute = Optional.of(value);
    pendingDelta = BigInteger.ZERO;
  }

  void addBalance(final BigInteger delta) {
    balance = balance.map(known -> known.add(delta));
    if (pendingAbsolute.isPresent()) {
      pendingAbsolute = balance;
    } else {
      pendingDelta = pendingDelta.add(delta);
    }
  }

  /** Writes the pending changes; what is known stays valid, since the StateDB now agrees. */
  void flush(final StateDB db) {
    if (nonceChanged) {
      db.setNonce(address, BigInteger.valueOf(nonce.getAsLong()));
      nonceChanged = false;
    }
    if (pendingAbsolute.isPresent()) {
      db.setBalance(address, pendingAbsolute.orElseThrow());
    } else if (pendingDelta.signum() > 0) {
      db.addBalance(address, pendingDelta);
    } else if (pendingDelta.signum() < 0) {
      db.subBalance(address, pendingDelta.negate());
    }
    pendingAbsolute = Optional.empty();
    pendingDelta = BigInteger.ZERO;
  }
}
