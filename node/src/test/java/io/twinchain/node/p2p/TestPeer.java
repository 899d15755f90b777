/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.PermissionsConfig;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/** A real P2P node on loopback with its own key and permissions file. */
public final class TestPeer implements AutoCloseable {

  static final Bytes32 GENESIS = Bytes32.fromHexString("0x" + "ab".repeat(32));

  public final NodeKey key;
  public final PermissionsConfig permissions;
  public final P2PNetwork network;

  TestPeer(final Path dir, final long chainId) throws InterruptedException {
    this(NodeKey.generate(new SecureRandom()), dir, chainId);
  }

  public TestPeer(final NodeKey key, final Path dir, final long chainId)
      throws InterruptedException {
    this.key = key;
    this.permissions = PermissionsConfig.load(dir.resolve("permissions_config.toml"));
    final StatusMessage status =
        new StatusMessage(TwinchainV1.VERSION, chainId, GENESIS, GENESIS, 0);
    this.network =
        new P2PNetwork(
            P2PConfig.loopback(0)
                .withMaxFrameLength(64 * 1024)
                .withDialInterval(Duration.ofHours(1)),
            key,
            permissions,
            () -> status);
    network.start();
  }

  void allow(final TestPeer other) {
    permissions.addNodes(List.of(other.network.localEnode().toString()));
  }

  /** Both sides allowlist each other, then this peer dials {@code other}. */
  public void dialMutuallyAllowed(final TestPeer other) {
    allow(other);
    other.allow(this);
    network.connect(other.network.localEnode()).join();
  }

  public boolean connectedTo(final TestPeer other) {
    return network.peers().isConnected(other.key.nodeId());
  }

  @Override
  public void close() {
    network.close();
  }
}
