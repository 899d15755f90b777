/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.contracts.generated.ReputationRegistry;
import io.twinchain.contracts.generated.WorkReceipts;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.receipts.WorkReceiptSigner;
import io.twinchain.contracts.reputation.FixedPointEwma;
import io.twinchain.contracts.reputation.ReputationReplay;
import io.twinchain.contracts.revert.RevertReason;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * WorkReceipts and ReputationRegistry at their genesis addresses, driven through the generated
 * web3j wrappers over the dev chain's real execution.
 */
class WorkReceiptsTest {

  private static final long ONE = FixedPointEwma.ONE;

  private final DevChainFixture fixture = DevChainFixture.autoSealing();
  private final ReputationReplay replay =
      new ReputationReplay(
          new FixedPointEwma(fixture.systemConfig.eta()), fixture.systemConfig.initialReputation());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void registeredGatewayReceiptRaisesTheApsReputation() throws Exception {
    final TransactionReceipt receipt =
        fixture.workReceipts(fixture.gateway).submit(receipt(1, 3, fixture.ap, ONE / 2)).send();

    assertThat(receipt.isStatusOK()).isTrue();
    final var accepted = WorkReceipts.getReceiptAcceptedEvents(receipt);
    assertThat(accepted).hasSize(1);
    assertThat(accepted.getFirst().gateway).isEqualToIgnoringCase(fixture.gateway.getAddress());
    final var updated = ReputationRegistry.getReputationUpdatedEvents(receipt);
    assertThat(updated).hasSize(1);
    final long expected = replay.receipt(3, ONE / 2).latest();
    assertThat(updated.getFirst().next).isEqualTo(BigInteger.valueOf(expected));
    assertThat(reputationOf(fixture.ap)).isEqualTo(expected);
    assertThat(fixture.workReceipts(fixture.user).receiptCount().send()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void unregisteredGatewayIsRefused() {
    final RevertReason reason = refused(fixture.user, receipt(1, 0, fixture.ap, ONE));
    assertThat(reason.name()).isEqualTo("NotGateway");
    assertThat(reason.arguments()).containsExactly(fixture.user.getAddress());
  }

  @Test
  void aReceiptCountsOnce() throws Exception {
    fixture.workReceipts(fixture.gateway).submit(receipt(7, 0, fixture.ap, ONE)).send();
    final RevertReason reason = refused(fixture.gateway, receipt(7, 0, fixture.ap, ONE));
    assertThat(reason.name()).isEqualTo("DuplicateReceipt");
    assertThat(reputationOf(fixture.ap)).isEqualTo(replay.receipt(0, ONE).latest());
  }

  @Test
  void anApCannotAttestItsOwnWork() throws Exception {
    // fixture.ap is also a registered gateway, so only the self-attestation rule stops it.
    final RevertReason sent = refused(fixture.ap, receipt(1, 0, fixture.ap, ONE));
    assertThat(sent.name()).isEqualTo("SelfAttestation");

    final WorkReceipts.Receipt own = receipt(2, 0, fixture.ap, ONE);
    final Bytes signature = signer().sign(own, fixture.ap);
    final RevertReason signed =
        fixture.revertOf(
            () ->
                fixture
                    .workReceipts(fixture.otherAp)
                    .submitSigned(own, signature.toArrayUnsafe())
                    .send());
    assertThat(signed.name()).isEqualTo("SelfAttestation");
    assertThat(reputationOf(fixture.ap)).isEqualTo(fixture.systemConfig.initialReputation());
  }

  @Test
  void anApRelaysAReceiptItsGatewaySigned() throws Exception {
    final WorkReceipts.Receipt work = receipt(9, 4, fixture.ap, ONE / 4);
    assertThat(fixture.workReceipts(fixture.ap).digest(work).send())
        .isEqualTo(
            Bytes.wrap(
                    org.web3j.crypto.Sign.getEthereumMessageHash(
                        signer().message(work).toArrayUnsafe()))
                .toArrayUnsafe());

    final TransactionReceipt receipt =
        fixture
            .workReceipts(fixture.ap)
            .submitSigned(work, signer().sign(work, fixture.gateway).toArrayUnsafe())
            .send();

    assertThat(WorkReceipts.getReceiptAcceptedEvents(receipt).getFirst().gateway)
        .isEqualToIgnoringCase(fixture.gateway.getAddress());
    assertThat(reputationOf(fixture.ap)).isEqualTo(replay.receipt(4, ONE / 4).latest());
  }

  @Test
  void aForgedSignatureIsRefused() {
    final WorkReceipts.Receipt work = receipt(9, 4, fixture.ap, ONE / 4);
    final Bytes signature = signer().sign(work, fixture.gateway);
    final WorkReceipts.Receipt inflated = receipt(9, 4, fixture.ap, ONE);
    final RevertReason reason =
        fixture.revertOf(
            () ->
                fixture
                    .workReceipts(fixture.ap)
                    .submitSigned(inflated, signature.toArrayUnsafe())
                    .send());
    // The signature recovers some other key, which is no registered gateway.
    assertThat(reason.name()).isEqualTo("NotGateway");
  }

  @Test
  void aBatchIsAcceptedWholeOrNotAtAll() throws Exception {
    final WorkReceipts asGateway = fixture.workReceipts(fixture.gateway);
    final TransactionReceipt batch =
        asGateway
            .submitBatch(
                java.util.List.of(
                    receipt(1, 2, fixture.ap, ONE / 4),
                    receipt(2, 2, fixture.otherAp, ONE),
                    receipt(3, 2, fixture.ap, ONE / 4)))
            .send();
    assertThat(WorkReceipts.getReceiptAcceptedEvents(batch)).hasSize(3);
    assertThat(reputationOf(fixture.ap))
        .isEqualTo(replay.receipt(2, ONE / 4).receipt(2, ONE / 4).latest());

    final RevertReason reason =
        fixture.revertOf(
            () ->
                asGateway
                    .submitBatch(
                        java.util.List.of(
                            receipt(4, 2, fixture.ap, ONE), receipt(3, 2, fixture.ap, ONE / 4)))
                    .send());
    assertThat(reason.name()).isEqualTo("DuplicateReceipt");
    assertThat(asGateway.receiptCount().send()).isEqualTo(BigInteger.valueOf(3));
    assertThat(reputationOf(fixture.ap)).isEqualTo(replay.latest());
  }

  @Test
  void receiptsForAnEarlierSlotThanRecordedAreRefused() throws Exception {
    fixture.workReceipts(fixture.gateway).submit(receipt(1, 5, fixture.ap, ONE)).send();
    final RevertReason reason = refused(fixture.gateway, receipt(2, 4, fixture.ap, ONE));
    assertThat(reason.name()).isEqualTo("StaleSlot");
  }

  private RevertReason refused(final Credentials gateway, final WorkReceipts.Receipt receipt) {
    return fixture.revertOf(() -> fixture.workReceipts(gateway).submit(receipt).send());
  }

  private WorkReceiptSigner signer() {
    return new WorkReceiptSigner(DevChainFixture.CHAIN_ID, SystemContract.WORK_RECEIPTS.address());
  }

  private long reputationOf(final Credentials account) throws Exception {
    return fixture
        .reputation(fixture.user)
        .reputationOf(account.getAddress())
        .send()
        .longValueExact();
  }

  static WorkReceipts.Receipt receipt(
      final int task, final long slot, final Credentials ap, final long share) {
    return new WorkReceipts.Receipt(
        taskId(task),
        BigInteger.valueOf(slot),
        ap.getAddress(),
        BigInteger.valueOf(7),
        BigInteger.valueOf(share),
        BigInteger.valueOf(313_800_000L),
        new byte[32],
        BigInteger.valueOf(33_000));
  }

  static byte[] taskId(final long task) {
    return org.apache.tuweni.bytes.Bytes32.leftPad(Bytes.ofUnsignedLong(task)).toArray();
  }
}
