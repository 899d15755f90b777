/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.controller.CompletedWork;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.node.offload.LoopbackTails;
import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.ap.TailService;
import io.twinchain.offload.profile.LayerCost;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.twin.model.ThingId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/**
 * The gateway sends a twin's tail only to an AP with an inference share, over the real P2P stack
 * and ONNX Runtime; completed AP work becomes a receipt record, a refused or share-less AP gets
 * none and the gateway classifies alone.
 */
class ShareAwareOffloadTest {
  private static final String MODEL = "vibration-cnn";
  private static final int CUT = 5;
  private static final ThingId TWIN = ThingId.of("plant:pump-1");

  @TempDir static Path dir;
  private static LoopbackTails loop;
  private static ModelRuntimes runtimes;
  private static TailService tails;

  private final List<CompletedWork> receipted = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void connect() throws Exception {
    loop = new LoopbackTails(dir);
    runtimes = loop.runtimes();
    tails = loop.tails();
  }

  @AfterAll
  static void close() {
    loop.close();
  }

  @BeforeEach
  void fullShare() {
    tails.setInferenceShare(1.0);
  }

  @Test
  void workDoneByAnApWithAShareIsHandedOnForItsReceipt() throws Exception {
    final Tensor batch = windows(3);
    final OffloadOutcome outcome = offload((ap, slot) -> true).run(42, TWIN, assignment(), batch);

    assertThat(outcome.assignment().cut()).isEqualTo(CUT);
    assertThat(receipted).hasSize(1);
    final CompletedWork work = receipted.getFirst();
    assertThat(work.twin()).isEqualTo("plant:pump-1");
    assertThat(work.slot()).isEqualTo(42);
    assertThat(work.ap()).isEqualToIgnoringCase(loop.pair().ap().id().address());
    assertThat(work.cut()).isEqualTo(CUT);
    assertThat(work.flops())
        .isEqualTo(
            3
                * runtimes.zoo().model(MODEL).recordedLayers().stream()
                    .filter(row -> row.l() > CUT)
                    .mapToLong(LayerCost::chiFlops)
                    .sum())
        .isPositive();
    assertThat(work.resultHash())
        .isEqualTo(Bytes32.wrap(Hash.sha3(ShareAwareOffload.bytesOf(outcome.output()))));
    assertThat(work.latencyMicros()).isPositive();
  }

  @Test
  void anApWithoutAShareInTheDecisionIsNotAskedAndNotCredited() throws Exception {
    final ShareAwareOffload offload = offload((ap, slot) -> slot != 7);
    final Tensor batch = windows(2);
    final OffloadOutcome local = offload.run(7, TWIN, assignment(), batch);

    final int depth = runtimes.model(MODEL).layers().depth();
    assertThat(local.assignment().cut()).isEqualTo(depth);
    assertThat(local.cutBytes()).isZero();
    assertThat(local.output().shape()).containsExactly(2, outputClasses());
    assertThat(receipted).isEmpty();
    assertThat(offload.fallbacks()).isEqualTo(1);
  }

  @Test
  void anApThatRefusesForWantOfAShareLeavesTheGatewayToClassifyAlone() throws Exception {
    tails.setInferenceShare(0);
    final ShareAwareOffload offload = offload((ap, slot) -> true);
    final OffloadOutcome local = offload.run(8, TWIN, assignment(), windows(1));

    assertThat(local.assignment().cut()).isEqualTo(runtimes.model(MODEL).layers().depth());
    assertThat(receipted).isEmpty();
    assertThat(offload.fallbacks()).isEqualTo(1);
  }

  private ShareAwareOffload offload(final ApShares shares) {
    return new ShareAwareOffload(
        loop.client(),
        new SlotLoopPorts(
            new SlotClock(Instant.EPOCH, Duration.ofSeconds(1), Clock.systemUTC()),
            shares,
            receipted::add));
  }

  private static Assignment assignment() {
    return new Assignment(MODEL, CUT, loop.pair().ap().id());
  }

  private static long outputClasses() {
    return runtimes
        .model(MODEL)
        .runHead(runtimes.model(MODEL).layers().depth(), windows(1))
        .shape()[1];
  }

  private static Tensor windows(final int count) {
    return LoopbackTails.windows(count);
  }
}
