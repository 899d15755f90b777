/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.artifact.ContractArtifact;
import io.twinchain.contracts.devchain.rpc.DevChainWeb3jService;
import io.twinchain.contracts.generated.ControllerLog;
import io.twinchain.contracts.generated.Permissions;
import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.generated.TwinRegistry;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.revert.RevertReason;
import io.twinchain.contracts.revert.RevertReasonDecoder;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.function.Executable;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.NoOpProcessor;

/**
 * A dev chain with the system contracts at genesis, reached through web3j over {@link
 * DevChainWeb3jService}, and the accounts the tests act as. DEV-ONLY KEYS: derived from fixed
 * bytes, never to be used on a real network.
 */
public final class DevChainFixture implements AutoCloseable {

  public static final long CHAIN_ID = 2026;
  public static final long BLOCK_GAS_LIMIT = 30_000_000;
  public static final ContractGasProvider GAS =
      new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(6_000_000));

  public final Credentials admin = devKey(0x11);
  public final Credentials gateway = devKey(0x22);
  public final Credentials otherGateway = devKey(0x23);
  public final Credentials ap = devKey(0x33);
  public final Credentials otherAp = devKey(0x34);
  public final Credentials controller = devKey(0x44);
  public final Credentials user = devKey(0x55);
  public final SystemContractsConfig systemConfig;
  public final DevChain chain;
  public final Web3j web3j;
  public final RevertReasonDecoder revertDecoder =
      RevertReasonDecoder.withArtifacts(List.of(ContractArtifact.load("DemoToken")));

  private DevChainFixture(final boolean autoSeal) {
    systemConfig =
        new SystemContractsConfig(
            List.of(address(admin)),
            List.of(address(gateway), address(ap), address(user)),
            List.of(),
            List.of(address(gateway), address(otherGateway), address(ap)),
            List.of(address(controller)),
            SystemContractsConfig.DEFAULT_ETA,
            SystemContractsConfig.DEFAULT_INITIAL_REPUTATION);
    final DevChainConfig config =
        new DevChainConfig(
            CHAIN_ID,
            BLOCK_GAS_LIMIT,
            autoSeal,
            List.of(admin, gateway, otherGateway, ap, otherAp, controller, user).stream()
                .map(c -> Addresses.fromHex(c.getAddress()))
                .toList(),
            BigInteger.TEN.pow(24),
            systemConfig);
    chain = DevChain.inMemory(config);
    web3j = Web3j.build(new DevChainWeb3jService(chain));
  }

  /** A chain that seals a block after every transaction. */
  public static DevChainFixture autoSealing() {
    return new DevChainFixture(true);
  }

  /** A chain that seals only on {@link DevChain#seal()} or when a block is full. */
  public static DevChainFixture batched() {
    return new DevChainFixture(false);
  }

  public TransactionManager signer(final Credentials credentials) {
    return new RawTransactionManager(web3j, credentials, CHAIN_ID);
  }

  /**
   * A signer that returns as soon as the node accepted the transaction into the pending block,
   * without waiting for a receipt (for batched chains).
   */
  public TransactionManager queuingSigner(final Credentials credentials) {
    return new RawTransactionManager(web3j, credentials, CHAIN_ID, new NoOpProcessor(web3j));
  }

  /** WorkReceipts whose transactions only enter the pending block. */
  public WorkReceipts queuedWorkReceipts(final Credentials as) {
    return WorkReceipts.load(SystemContract.WORK_RECEIPTS.address(), web3j, queuingSigner(as), GAS);
  }

  public WorkReceipts workReceipts(final Credentials as) {
    return WorkReceipts.load(SystemContract.WORK_RECEIPTS.address(), web3j, signer(as), GAS);
  }

  public ReputationRegistry reputation(final Credentials as) {
    return ReputationRegistry.load(
        SystemContract.REPUTATION_REGISTRY.address(), web3j, signer(as), GAS);
  }

  public TwinRegistry twinRegistry(final Credentials as) {
    return TwinRegistry.load(SystemContract.TWIN_REGISTRY.address(), web3j, signer(as), GAS);
  }

  public Permissions permissions(final Credentials as) {
    return Permissions.load(SystemContract.PERMISSIONS.address(), web3j, signer(as), GAS);
  }

  public ControllerLog controllerLog(final Credentials as) {
    return ControllerLog.load(SystemContract.CONTROLLER_LOG.address(), web3j, signer(as), GAS);
  }

  /** Runs a transaction expected to revert and returns its decoded reason from the receipt. */
  public RevertReason revertOf(final Executable transaction) {
    final TransactionException failure =
        catchThrowableOfType(TransactionException.class, transaction::execute);
    assertThat(failure).as("the transaction must revert").isNotNull();
    final String data = failure.getTransactionReceipt().orElseThrow().getRevertReason();
    return revertDecoder.decode(Bytes.fromHexString(data));
  }

  public static org.web3j.abi.datatypes.Address address(final Credentials credentials) {
    return Addresses.fromHex(credentials.getAddress());
  }

  private static Credentials devKey(final int fill) {
    return Credentials.create(Bytes.repeat((byte) fill, 32).toHexString());
  }

  @Override
  public void close() {
    web3j.shutdown();
    chain.close();
  }
}
