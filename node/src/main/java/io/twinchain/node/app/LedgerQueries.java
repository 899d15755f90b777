/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.node.rpc.query.BlockchainQueries;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.Address;

/** Adapts the chain module's {@link Blockchain} and world-state archive to the RPC query port. */
public final class LedgerQueries implements BlockchainQueries {

  private final Blockchain blockchain;
  private final WorldStateArchive worldState;

  public LedgerQueries(final Blockchain blockchain, final WorldStateArchive worldState) {
    this.blockchain = blockchain;
    this.worldState = worldState;
  }

  @Override
  public long headNumber() {
    return blockchain.head().number();
  }

  @Override
  public Optional<BigInteger> balance(final String address, final long number) {
    return blockchain
        .canonicalHeader(number)
        .map(
            header -> {
              try (MutableWorldState state = worldState.open(header.stateRoot())) {
                return state.balance(new Address(address));
              } catch (MissingStateException e) {
                throw new IllegalStateException(
                    "state of canonical block " + number + " is missing", e);
              }
            });
  }
}
