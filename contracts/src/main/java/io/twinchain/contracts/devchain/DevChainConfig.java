/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import com.google.common.base.Preconditions;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Address;

/**
 * How a {@link DevChain} starts and seals.
 *
 * @param chainId the chain id transactions must be signed for
 * @param blockGasLimit gas limit of every block
 * @param autoSeal seal a block after every accepted transaction (as Hardhat's automine does), or
 *     only on {@link DevChain#seal()} and when the next transaction does not fit
 * @param funded accounts given {@code balance} wei at genesis
 * @param balance the genesis balance of each funded account
 * @param systemContracts configuration of the genesis system contracts
 */
public record DevChainConfig(
    long chainId,
    long blockGasLimit,
    boolean autoSeal,
    List<Address> funded,
    BigInteger balance,
    SystemContractsConfig systemContracts) {

  public DevChainConfig {
    Preconditions.checkArgument(chainId > 0, "chain id must be positive, got %s", chainId);
    Preconditions.checkArgument(blockGasLimit > 0, "block gas limit must be positive");
    Preconditions.checkArgument(balance.signum() >= 0, "balance must not be negative");
    funded = List.copyOf(funded);
  }

  /** The same chain sealing only on demand or when a block is full. */
  public DevChainConfig batched() {
    return new DevChainConfig(chainId, blockGasLimit, false, funded, balance, systemContracts);
  }
}
