/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.P2PConfig;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.PermissionsConfig;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A gateway and an AP on the real P2P stack (mutual TLS on loopback, allowlists), connected to each
 * other, with a request channel each: the offload path of two nodes in one process, for the
 * offload-path experiment and the node tests. Each side has a fresh key and permissions file under
 * {@code directory}.
 */
public final class LoopbackOffloadPair implements AutoCloseable {
  private static final Bytes32 GENESIS = Bytes32.fromHexString("0x" + "0f".repeat(32));

  private final Side gateway;
  private final Side ap;

  /** One node of the pair. */
  public record Side(
      NodeKey key,
      PermissionsConfig permissions,
      P2PNetwork network,
      RequestResponseChannel requests) {

    private static Side start(final Path directory) throws InterruptedException {
      final NodeKey key = NodeKey.generate(new SecureRandom());
      final PermissionsConfig permissions =
          PermissionsConfig.load(directory.resolve("permissions_config.toml"));
      final StatusMessage status =
          new StatusMessage(TwinchainV1.VERSION, 1337, GENESIS, GENESIS, 0);
      final P2PNetwork network =
          new P2PNetwork(
              P2PConfig.loopback(0).withDialInterval(Duration.ofHours(1)),
              key,
              permissions,
              () -> status);
      network.start();
      return new Side(key, permissions, network, new RequestResponseChannel(network));
    }

    /** This node's id. */
    public NodeId id() {
      return key.nodeId();
    }
  }

  /** Starts both nodes under {@code directory} (two sub-folders) without connecting them. */
  public LoopbackOffloadPair(final Path directory) throws InterruptedException {
    this.gateway = Side.start(directory.resolve("gateway"));
    this.ap = Side.start(directory.resolve("ap"));
  }

  /** Allowlists both nodes at each other, dials the AP and waits until both see the link. */
  public void connect() throws InterruptedException {
    gateway.permissions().addNodes(List.of(ap.network().localEnode().toString()));
    ap.permissions().addNodes(List.of(gateway.network().localEnode().toString()));
    gateway.network().connect(ap.network().localEnode()).join();
    final long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!(gateway.network().peers().isConnected(ap.id())
        && ap.network().peers().isConnected(gateway.id()))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gateway and AP did not connect");
      }
      Thread.sleep(10);
    }
  }

  /** The gateway node. */
  public Side gateway() {
    return gateway;
  }

  /** The AP node. */
  public Side ap() {
    return ap;
  }

  @Override
  public void close() {
    gateway.network().close();
    ap.network().close();
  }
}
