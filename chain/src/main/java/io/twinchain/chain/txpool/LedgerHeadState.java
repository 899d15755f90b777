/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.store.Blockchain;
import org.web3j.abi.datatypes.Address;

/** {@link HeadStateReader} over the stored chain: reads the committed state of the current head. */
public final class LedgerHeadState implements HeadStateReader {

  private final Blockchain blockchain;
  private final WorldStateArchive worldState;

  /** Reads the head of {@code blockchain} in {@code worldState}. */
  public LedgerHeadState(final Blockchain blockchain, final WorldStateArchive worldState) {
    this.blockchain = blockchain;
    this.worldState = worldState;
  }

  @Override
  public SenderAccount account(final Address address) {
    final BlockHeader head = blockchain.head();
    try (MutableWorldState state = worldState.open(head.stateRoot())) {
      return new SenderAccount(state.nonce(address), state.balance(address));
    } catch (final MissingStateException e) {
      throw new IllegalStateException("state of head block " + head.number() + " is missing", e);
    }
  }

  @Override
  public long blockGasLimit() {
    return blockchain.head().gasLimit();
  }
}
