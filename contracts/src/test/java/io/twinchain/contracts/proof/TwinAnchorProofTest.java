/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.contracts.devchain.DevChainFixture;
import io.twinchain.contracts.generated.TwinRegistry;
import io.twinchain.contracts.genesis.GenesisStorage;
import io.twinchain.contracts.genesis.SystemContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthGetProof;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/**
 * A gateway anchors its twins' Merkle root for a slot; an eth_getProof account + storage proof of
 * that anchor's slot in TwinRegistry verifies against the block header's state root with the test's
 * own Merkle-Patricia verifier, and fails against any other root or with a tampered node.
 */
class TwinAnchorProofTest {

  private static final Bytes32 TWINS_ROOT = Bytes32.fromHexString("0x" + "5a".repeat(32));
  private static final long SLOT = 42;

  private final DevChainFixture fixture = DevChainFixture.autoSealing();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void anchorSlotIsProvenAgainstTheHeadersStateRoot() throws Exception {
    final TransactionReceipt anchored =
        fixture
            .twinRegistry(fixture.gateway)
            .anchor(
                BigInteger.valueOf(SLOT),
                TWINS_ROOT.toArray(),
                BigInteger.valueOf(3),
                BigInteger.valueOf(17))
            .send();
    assertThat(TwinRegistry.getTwinsAnchoredEvents(anchored)).hasSize(1);
    final DefaultBlockParameter block = DefaultBlockParameter.valueOf(anchored.getBlockNumber());
    final Bytes32 stateRoot = stateRoot(block);
    final Bytes32 anchorSlot = anchorRootSlot(fixture.gateway.getAddress(), SLOT);

    final EthGetProof.Proof proof =
        fixture
            .web3j
            .ethGetProof(
                SystemContract.TWIN_REGISTRY.address(),
                List.of(anchorSlot.toHexString()),
                block.getValue())
            .send()
            .getProof();

    final Bytes account =
        MerklePatriciaProofVerifier.verify(
                stateRoot,
                SystemContract.TWIN_REGISTRY.addressBytes(),
                nodes(proof.getAccountProof()))
            .orElseThrow();
    final Bytes32 storageRoot = storageRootOf(account);
    assertThat(storageRoot.toHexString()).isEqualTo(proof.getStorageHash());
    final Bytes value =
        MerklePatriciaProofVerifier.verify(
                storageRoot, anchorSlot, nodes(proof.getStorageProof().getFirst().getProof()))
            .orElseThrow();
    assertThat(Bytes32.leftPad(rlpString(value))).isEqualTo(TWINS_ROOT);
  }

  @Test
  void theSameProofFailsAgainstAnotherRootOrWhenTampered() throws Exception {
    final TransactionReceipt anchored =
        fixture
            .twinRegistry(fixture.gateway)
            .anchor(BigInteger.valueOf(SLOT), TWINS_ROOT.toArray(), BigInteger.ONE, BigInteger.ONE)
            .send();
    final DefaultBlockParameter block = DefaultBlockParameter.valueOf(anchored.getBlockNumber());
    final List<Bytes> accountProof =
        nodes(
            fixture
                .web3j
                .ethGetProof(SystemContract.TWIN_REGISTRY.address(), List.of(), block.getValue())
                .send()
                .getProof()
                .getAccountProof());
    final Bytes32 genesisRoot = stateRoot(DefaultBlockParameter.valueOf(BigInteger.ZERO));
    assertThatThrownBy(
            () ->
                MerklePatriciaProofVerifier.verify(
                    genesisRoot, SystemContract.TWIN_REGISTRY.addressBytes(), accountProof))
        .isInstanceOf(MerklePatriciaProofVerifier.InvalidProofException.class);

    final List<Bytes> tampered = new ArrayList<>(accountProof);
    final Bytes last = tampered.getLast();
    tampered.set(
        tampered.size() - 1,
        Bytes.concatenate(last.slice(0, last.size() - 1), Bytes.of(last.get(last.size() - 1) ^ 1)));
    assertThatThrownBy(
            () ->
                MerklePatriciaProofVerifier.verify(
                    stateRoot(block), SystemContract.TWIN_REGISTRY.addressBytes(), tampered))
        .isInstanceOf(MerklePatriciaProofVerifier.InvalidProofException.class);
  }

  /** anchors[gateway][slot].root: nested mappings at keccak(slot . keccak(gateway . base)). */
  private static Bytes32 anchorRootSlot(final String gateway, final long slot) {
    final UInt256 base =
        UInt256.valueOf(
            SystemContract.TWIN_REGISTRY.artifact().storageLayout().variable("anchors").slot());
    final UInt256 inner =
        GenesisStorage.mappingSlot(GenesisStorage.key(Bytes.fromHexString(gateway)), base);
    return GenesisStorage.mappingSlot(Bytes32.leftPad(Bytes.ofUnsignedLong(slot)), inner);
  }

  private Bytes32 stateRoot(final DefaultBlockParameter block) throws Exception {
    final EthBlock.Block header = fixture.web3j.ethGetBlockByNumber(block, false).send().getBlock();
    return Bytes32.fromHexString(header.getStateRoot());
  }

  private static Bytes32 storageRootOf(final Bytes accountRlp) {
    final RlpList account =
        (RlpList) RlpDecoder.decode(accountRlp.toArrayUnsafe()).getValues().getFirst();
    return Bytes32.wrap(((RlpString) account.getValues().get(2)).getBytes());
  }

  private static Bytes rlpString(final Bytes encoded) {
    return Bytes.wrap(
        ((RlpString) RlpDecoder.decode(encoded.toArrayUnsafe()).getValues().getFirst()).getBytes());
  }

  private static List<Bytes> nodes(final List<String> hex) {
    return hex.stream().map(Bytes::fromHexString).toList();
  }
}
