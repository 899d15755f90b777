/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.genesis;

import com.google.common.base.Preconditions;
import io.twinchain.contracts.reputation.FixedPointEwma;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * What the genesis file says about the system contracts.
 *
 * @param admins Permissions admins (also allowed accounts); at least one
 * @param accounts further allowed accounts
 * @param nodes allowed node ids (keccak256 of the node's 64-byte public key)
 * @param gateways gateways registered in TwinRegistry
 * @param controllers accounts allowed to write ControllerLog
 * @param eta EWMA weight η scaled by 1e18
 * @param initialReputation R_init scaled by 1e18
 */
public record SystemContractsConfig(
    List<Address> admins,
    List<Address> accounts,
    List<Bytes32> nodes,
    List<Address> gateways,
    List<Address> controllers,
    long eta,
    long initialReputation) {

  /** The spec's defaults (§6.3): η = 0.1, R_init = 0.5. */
  public static final long DEFAULT_ETA = FixedPointEwma.ONE / 10;

  /** R_init = 0.5 scaled by 1e18. */
  public static final long DEFAULT_INITIAL_REPUTATION = FixedPointEwma.ONE / 2;

  public SystemContractsConfig {
    Preconditions.checkArgument(!admins.isEmpty(), "at least one admin is required");
    new FixedPointEwma(eta);
    Preconditions.checkArgument(
        initialReputation >= 0 && initialReputation <= FixedPointEwma.ONE,
        "initial reputation out of [0, 1e18]: %s",
        initialReputation);
    admins = List.copyOf(admins);
    accounts = List.copyOf(accounts);
    nodes = List.copyOf(nodes);
    gateways = List.copyOf(gateways);
    controllers = List.copyOf(controllers);
  }
}
