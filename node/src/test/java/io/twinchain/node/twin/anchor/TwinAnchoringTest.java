/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.testsupport.InMemoryKeyValueStore;
import io.twinchain.chain.testsupport.TestHeaders;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.txpool.RejectionReason;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.contracts.devchain.DevChainFixture;
import io.twinchain.contracts.devchain.SealedBlock;
import io.twinchain.contracts.generated.TwinRegistry;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.node.testsupport.Eventually;
import io.twinchain.twin.anchor.MerkleProofVerifier;
import io.twinchain.twin.anchor.ProofVerification;
import io.twinchain.twin.events.EventMetadata;
import io.twinchain.twin.events.EventStrategies;
import io.twinchain.twin.events.ThingCreated;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.ThingJson;
import io.twinchain.twin.store.TwinWriteBatch;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;
import org.web3j.tuples.generated.Tuple4;

/**
 * Anchoring on the real EVM: the gateway's signed {@code TwinRegistry.anchor} goes through a
 * transaction sink into a dev chain block; the proof {@code twin_getProof} would serve verifies,
 * with the independent verifier, against the root read back from the contract at that block.
 */
class TwinAnchoringTest {

  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");

  private final DevChainFixture fixture = DevChainFixture.autoSealing();
  private final Map<Bytes32, SealedBlock> blocks = new HashMap<>();
  private final ChainEvents events = new ChainEvents();
  private final List<Bytes> submitted = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  /** The dev chain as a pool: every accepted transaction is mined at once and published. */
  private final TransactionSink sink =
      new TransactionSink() {
        @Override
        public SubmitResult submit(final Bytes envelope) {
          submitted.add(envelope);
          try {
            final Bytes32 hash = fixture.chain.submit(envelope);
            final SealedBlock sealed =
                fixture.chain.block(fixture.chain.headNumber()).orElseThrow();
            blocks.put(sealed.block().hash(), sealed);
            events.publishCanonicalBlock(sealed.block());
            return new SubmitResult.Accepted(hash);
          } catch (InvalidTransactionException e) {
            return new SubmitResult.Rejected(RejectionReason.INVALID, e.getMessage());
          }
        }

        @Override
        public long nextNonce(final Address sender) {
          return fixture.chain.readPendingState(state -> state.nonce(sender));
        }
      };

  private TwinAnchorer anchorer(
      final InMemoryKeyValueStore storage, final Credentials gateway, final long secondsIn) {
    final AnchorPorts ports =
        new AnchorPorts(
            sink,
            events,
            hash -> Optional.ofNullable(blocks.get(hash)).map(SealedBlock::receipts),
            DevChainFixture.CHAIN_ID,
            GENESIS,
            request -> Optional.empty());
    final TwinAnchorer anchorer =
        new TwinAnchorer(
            new AnchorRecords(storage),
            new AnchorTransactions(DevChainFixture.CHAIN_ID, gateway),
            ports,
            new SlotClock(
                GENESIS,
                Duration.ofSeconds(10),
                Clock.fixed(GENESIS.plusSeconds(secondsIn), ZoneOffset.UTC)));
    return anchorer;
  }

  private static ThingCreated created(final String id) {
    return new ThingCreated(
        new EventMetadata(ThingId.of(id), 1, GENESIS, new MessageId("c-" + id)),
        new GatewayId("gw1"),
        JsonObject.of("model", JsonNodeFactory.instance.textNode("X1")));
  }

  /** A durable batch creating {@code ids}, as the ingestion hands it to listeners. */
  private static TwinWriteBatch batch(final String... ids) {
    final TwinWriteBatch batch = new TwinWriteBatch();
    for (final String id : ids) {
      final ThingCreated event = created(id);
      batch.add(event, EventStrategies.apply(Optional.empty(), event));
    }
    return batch;
  }

  @Test
  void anAnchoredTwinIsProvenAgainstTheRootReadFromTheContract() throws Exception {
    final InMemoryKeyValueStore storage = new InMemoryKeyValueStore();
    final TwinAnchorer anchorer = anchorer(storage, fixture.gateway, 95);
    anchorer.start();
    final TwinWriteBatch batch = batch("plant:pump-1", "plant:valve-1", "plant:meter-1");
    anchorer.collect(batch);
    final Thing pump = batch.latest(ThingId.of("plant:pump-1")).orElseThrow();
    final Thing valve = batch.latest(ThingId.of("plant:valve-1")).orElseThrow();

    final AnchorRecord anchored = anchorer.anchorEndedSlot().orElseThrow();
    assertThat(anchored.slot()).isEqualTo(8);
    final AnchorProof proof = anchorer.proof(valve.thingId(), 1).orElseThrow();
    assertThat(proof.anchor().status()).isEqualTo(AnchorStatus.MINED);
    assertThat(proof.anchor().blockNumber()).contains(fixture.chain.headNumber());

    final TwinRegistry registry = fixture.twinRegistry(fixture.user);
    final Tuple4<byte[], BigInteger, BigInteger, BigInteger> onChain =
        registry.anchorOf(fixture.gateway.getAddress(), BigInteger.valueOf(8)).send();
    final Bytes32 contractRoot = Bytes32.wrap(onChain.component1());
    assertThat(onChain.component2()).isEqualTo(BigInteger.valueOf(3));
    assertThat(onChain.component4().longValue())
        .isEqualTo(proof.anchor().blockNumber().orElseThrow());

    assertThat(
            MerkleProofVerifier.verifyState(
                ThingJson.toJson(valve), proof.leaf(), proof.steps(), contractRoot))
        .isEqualTo(new ProofVerification.Valid(contractRoot));
    assertThat(
            MerkleProofVerifier.verifyState(
                    ThingJson.toJson(pump), proof.leaf(), proof.steps(), contractRoot)
                .isValid())
        .as("another twin's state does not pass as the valve's")
        .isFalse();
    anchorer.close();
  }

  @Test
  void anAnchorWhoseBlockLeavesTheCanonicalChainIsResubmittedAndMinedOnTheNewBranch() {
    final InMemoryKeyValueStore storage = new InMemoryKeyValueStore();
    final AnchorRecords records = new AnchorRecords(storage);
    final TwinAnchorer anchorer = anchorer(storage, fixture.gateway, 95);
    anchorer.start();
    anchorer.collect(batch("plant:pump-1", "plant:valve-1"));
    final AnchorRecord anchored = anchorer.anchorEndedSlot().orElseThrow();
    final SealedBlock original = blocks.get(anchored.blockHash().orElseThrow());
    final BlockHeader replaced = original.block().header();

    final Block sibling =
        new Block(
            replaced.toBuilder().extraData(Bytes.fromHexString("0x0bad")).build(), BlockBody.EMPTY);
    events.publishCanonicalBlock(sibling);
    final AnchorRecord orphaned = records.bySlot(8).orElseThrow();
    assertThat(orphaned.status()).isEqualTo(AnchorStatus.SUBMITTED);
    assertThat(orphaned.blockHash()).isEmpty();
    Eventually.await("the anchor is re-submitted", () -> submitted.size() == 2);
    assertThat(submitted.get(1)).as("the same signed transaction").isEqualTo(submitted.get(0));

    final Block onNewBranch =
        new Block(TestHeaders.childOf(sibling.header()).build(), original.block().body());
    blocks.put(
        onNewBranch.hash(), new SealedBlock(onNewBranch, original.results(), original.receipts()));
    events.publishCanonicalBlock(onNewBranch);
    final AnchorProof proof = anchorer.proof(ThingId.of("plant:pump-1"), 1).orElseThrow();
    assertThat(proof.anchor().status()).isEqualTo(AnchorStatus.MINED);
    assertThat(proof.anchor().blockHash()).contains(onNewBranch.hash());
    assertThat(proof.anchor().blockNumber()).contains(replaced.number() + 1);

    events.publishCanonicalBlock(
        new Block(TestHeaders.childOf(onNewBranch.header()).build(), BlockBody.EMPTY));
    assertThat(records.bySlot(8).orElseThrow().blockHash())
        .as("a block on top of the anchor's block changes nothing")
        .contains(onNewBranch.hash());
    anchorer.close();
  }

  @Test
  void anAnchorFromAnUnregisteredGatewayIsRecordedAsReverted() {
    final InMemoryKeyValueStore storage = new InMemoryKeyValueStore();
    final TwinAnchorer anchorer = anchorer(storage, fixture.user, 25);
    anchorer.start();
    anchorer.collect(batch("plant:pump-1"));
    assertThat(anchorer.anchorEndedSlot()).isPresent();
    assertThat(new AnchorRecords(storage).bySlot(1).orElseThrow().status())
        .isEqualTo(AnchorStatus.REVERTED);
    assertThat(blocks.values().stream().flatMap(b -> b.receipts().stream()).map(Receipt::success))
        .containsExactly(false);
    anchorer.close();
  }
}
