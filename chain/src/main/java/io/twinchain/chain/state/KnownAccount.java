/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fields of one account an {@link AccountOverlay} knows to hold in a committed state, so that
 * the next block executed on that state need not read them from libevm again.
 *
 * @param nonce the nonce, if known
 * @param balance the balance in wei, if known
 * @param hasCode whether the account holds code, if known
 */
record KnownAccount(OptionalLong nonce, Optional<BigInteger> balance, Optional<Boolean> hasCode) {

  /** Nothing known: every field is read from libevm on first use. */
  static final KnownAccount NOTHING =
      new KnownAccount(OptionalLong.empty(), Optional.empty(), Optional.empty());
}
