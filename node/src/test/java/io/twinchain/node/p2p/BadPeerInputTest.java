/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input on real TLS connections: the node drops and scores the sender and keeps serving
 * well-behaved peers.
 */
class BadPeerInputTest {

  @TempDir Path dir;
  private TestPeer node;
  private NodeKey attacker;

  @BeforeEach
  void start() throws Exception {
    node = new TestPeer(dir.resolve("node"), 1337);
    attacker = NodeKey.generate(new SecureRandom());
    new RequestResponseChannel(node.network);
    node.permissions.addNodes(List.of("enode://" + attacker.nodeId().toHex() + "@127.0.0.1:1"));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  @Test
  void randomBytesWithoutTlsAreDropped() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      final byte[] junk = new byte[4096];
      new Random(7).nextBytes(junk);
      socket.getOutputStream().write(junk);
      assertThat(readUntilClosed(socket.getInputStream())).isTrue();
    }
    assertStillServes();
  }

  @Test
  void randomBytesAfterTlsDisconnectAndScoreDown() throws Exception {
    final byte[] junk = new byte[2048];
    new Random(11).nextBytes(junk);
    sendAfterStatus(junk);
    await("attacker scored down", () -> node.network.scores().score(attacker.nodeId()) < 0);
    assertStillServes();
  }

  @Test
  void oversizedFrameIsRefusedBeforeBuffering() throws Exception {
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    new DataOutputStream(bytes).writeInt(Integer.MAX_VALUE);
    sendAfterStatus(bytes.toByteArray());
    await("attacker scored down", () -> node.network.scores().score(attacker.nodeId()) < 0);
    assertStillServes();
  }

  @Test
  void truncatedFrameThenCloseLeavesNoPeer() throws Exception {
    try (SSLSocket socket = RawTlsClient.connect(attacker, port())) {
      final DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(1000);
      out.write(new byte[10]);
      out.flush();
    }
    assertThat(node.network.peers().size()).isZero();
    assertStillServes();
  }

  @Test
  void malformedBodyAndUnknownCodeDisconnect() throws Exception {
    sendAfterStatus(new byte[] {0, 0, 0, 3, TwinchainV1.REQUEST, (byte) 0xff, 0x01});
    await("scored for malformed body", () -> node.network.scores().score(attacker.nodeId()) < 0);
    final int afterFirst = node.network.scores().score(attacker.nodeId());
    sendAfterStatus(new byte[] {0, 0, 0, 1, (byte) 0x7f});
    await(
        "scored for unknown code",
        () -> node.network.scores().score(attacker.nodeId()) < afterFirst);
    assertStillServes();
  }

  /** Completes TLS and STATUS as a legitimate peer would, then writes {@code payload}. */
  private void sendAfterStatus(final byte[] payload) throws Exception {
    try (SSLSocket socket = RawTlsClient.connect(attacker, port())) {
      final DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      final var status =
          new StatusMessage(TwinchainV1.VERSION, 1337, TestPeer.GENESIS, TestPeer.GENESIS, 0)
              .encode();
      out.writeInt(status.body().size() + 1);
      out.write(status.code());
      out.write(status.body().toArrayUnsafe());
      out.flush();
      await("attacker registered", () -> node.network.peers().isConnected(attacker.nodeId()));
      out.write(payload);
      out.flush();
      assertThat(readUntilClosed(socket.getInputStream())).isTrue();
    }
    await("attacker dropped", () -> !node.network.peers().isConnected(attacker.nodeId()));
  }

  private static boolean readUntilClosed(final InputStream in) {
    try {
      while (in.read() >= 0) {
        // drain the node's STATUS and DISCONNECT until it closes the connection
      }
      return true;
    } catch (IOException closed) {
      return true;
    }
  }

  private void assertStillServes() throws Exception {
    try (TestPeer honest = new TestPeer(dir.resolve("honest-" + System.nanoTime()), 1337)) {
      honest.allow(node);
      node.allow(honest);
      honest.network.connect(node.network.localEnode()).join();
      await("honest peer connects", () -> node.connectedTo(honest));
    }
  }

  private int port() {
    return node.network.localEnode().port();
  }
}
