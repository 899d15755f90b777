/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.genesis;

import io.twinchain.contracts.artifact.ContractArtifact;
import org.apache.tuweni.bytes.Bytes;

/**
 * The system contracts every node has from genesis, at fixed addresses in the reserved range
 * 0x7c00…00NN (outside the precompiles 0x01–0x0a). The addresses are part of the protocol: see
 * docs/contracts.md.
 */
public enum SystemContract {
  PERMISSIONS("Permissions", "0x7c00000000000000000000000000000000000001"),
  TWIN_REGISTRY("TwinRegistry", "0x7c00000000000000000000000000000000000002"),
  REPUTATION_REGISTRY("ReputationRegistry", "0x7c00000000000000000000000000000000000003"),
  WORK_RECEIPTS("WorkReceipts", "0x7c00000000000000000000000000000000000004"),
  CONTROLLER_LOG("ControllerLog", "0x7c00000000000000000000000000000000000005");

  private final String contractName;
  private final String address;

  SystemContract(final String contractName, final String address) {
    this.contractName = contractName;
    this.address = address;
  }

  /** Solidity contract name, also the artifact file name. */
  public String contractName() {
    return contractName;
  }

  /** The genesis address as 0x-prefixed lower-case hex. */
  public String address() {
    return address;
  }

  /** The genesis address as 20 bytes. */
  public Bytes addressBytes() {
    return Bytes.fromHexString(address);
  }

  /** The committed compiled artifact. */
  public ContractArtifact artifact() {
    return ContractArtifact.load(contractName);
  }
}
