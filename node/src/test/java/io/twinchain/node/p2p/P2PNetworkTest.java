/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.p2p.peers.PeerConnection;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS 1.3 on loopback: mutual authentication, the allowlist and the STATUS handshake. */
class P2PNetworkTest {

  @TempDir Path dir;

  @Test
  void allowlistedNodesAuthenticateEachOther() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      b.dialMutuallyAllowed(a);
      await("both sides see the other", () -> a.connectedTo(b) && b.connectedTo(a));
      final PeerConnection fromA = a.network.peers().get(b.key.nodeId()).orElseThrow();
      assertThat(fromA.inbound()).isTrue();
      assertThat(fromA.status()).isPresent();
    }
  }

  @Test
  void unlistedNodeIsRefusedUntilAddedAndTheAddSurvivesRestart() throws Exception {
    try (TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      final TestPeer a = new TestPeer(dir.resolve("a"), 1337);
      b.allow(a);
      b.network.connect(a.network.localEnode()).join();
      Thread.sleep(300);
      assertThat(a.connectedTo(b)).isFalse();
      assertThat(b.connectedTo(a)).isFalse();

      a.allow(b);
      b.network.connect(a.network.localEnode()).join();
      await("b admitted after the allowlist add", () -> a.connectedTo(b));
      a.close();

      try (TestPeer restarted = new TestPeer(a.key, dir.resolve("a"), 1337)) {
        assertThat(restarted.permissions.isNodeAllowed(b.key.nodeId())).isTrue();
        b.network.connect(restarted.network.localEnode()).join();
        await("b admitted after restart", () -> restarted.connectedTo(b));
      }
    }
  }

  @Test
  void removingANodeFromTheAllowlistDisconnectsIt() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      b.dialMutuallyAllowed(a);
      await("connected", () -> a.connectedTo(b));
      a.permissions.removeNodes(java.util.List.of(b.network.localEnode().toString()));
      await("disconnected", () -> !a.connectedTo(b) && !b.connectedTo(a));
    }
  }

  /** Both ends must keep the same one of two parallel connections, else they close both. */
  @org.junit.jupiter.api.RepeatedTest(10)
  void concurrentDialsLeaveOneConnectionBothEndsAgreeOn() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      a.allow(b);
      b.allow(a);
      java.util.concurrent.CompletableFuture.allOf(
              b.network.connect(a.network.localEnode()),
              b.network.connect(a.network.localEnode()),
              a.network.connect(b.network.localEnode()))
          .join();
      await("connected", () -> a.connectedTo(b) && b.connectedTo(a));
      Thread.sleep(200);
      final PeerConnection atA = a.network.peers().get(b.key.nodeId()).orElseThrow();
      final PeerConnection atB = b.network.peers().get(a.key.nodeId()).orElseThrow();
      assertThat(atA.isOpen()).isTrue();
      assertThat(atA.localAddress()).isEqualTo(atB.remoteAddress());
    }
  }

  @Test
  void peerOnAnotherChainIsRefused() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 4242)) {
      b.dialMutuallyAllowed(a);
      Thread.sleep(500);
      assertThat(a.network.peers().size()).isZero();
      assertThat(b.network.peers().size()).isZero();
    }
  }

  @Test
  void broadcastReachesEveryPeerButTheExcludedOne() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      a.allow(b);
      b.allow(a);
      final java.util.concurrent.CompletableFuture<org.apache.tuweni.bytes.Bytes> received =
          new java.util.concurrent.CompletableFuture<>();
      b.network.registerHandler(
          io.twinchain.node.p2p.wire.TwinchainV1.NEW_BLOCK,
          (peer, frame) -> {
            received.complete(io.twinchain.node.p2p.wire.NewBlockMessage.decode(frame).block());
            return ValidationResult.ACCEPT;
          });
      b.network.connect(a.network.localEnode()).join();
      await("connected", () -> a.connectedTo(b));
      a.network.broadcast(
          new io.twinchain.node.p2p.wire.NewBlockMessage(org.apache.tuweni.bytes.Bytes.of(1, 2, 3))
              .encode(),
          Optional.empty());
      assertThat(received.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .isEqualTo(org.apache.tuweni.bytes.Bytes.of(1, 2, 3));
    }
  }
}
