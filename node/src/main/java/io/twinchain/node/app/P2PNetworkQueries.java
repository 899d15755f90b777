/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import io.twinchain.node.p2p.ChainStatusSource;
import io.twinchain.node.p2p.P2PNetwork;
import io.twinchain.node.p2p.peers.PeerConnection;
import io.twinchain.node.p2p.wire.StatusMessage;
import io.twinchain.node.p2p.wire.TwinchainV1;
import io.twinchain.node.permissions.EnodeUrl;
import io.twinchain.node.rpc.methods.Quantity;
import io.twinchain.node.rpc.query.NetworkQueries;
import io.twinchain.node.rpc.query.NodeInfo;
import io.twinchain.node.rpc.query.PeerInfo;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adapts the P2P network to the {@code net_*}/{@code admin_*} query port. */
public final class P2PNetworkQueries implements NetworkQueries {

  private static final String PROTOCOL = "twinchain";

  private final P2PNetwork network;
  private final ChainStatusSource status;
  private final String clientVersion;

  public P2PNetworkQueries(
      final P2PNetwork network, final ChainStatusSource status, final String clientVersion) {
    this.network = network;
    this.status = status;
    this.clientVersion = clientVersion;
  }

  @Override
  public boolean isListening() {
    return network.isListening();
  }

  @Override
  public int peerCount() {
    return network.peers().size();
  }

  @Override
  public List<PeerInfo> peers() {
    return network.peers().all().stream().map(P2PNetworkQueries::toPeerInfo).toList();
  }

  @Override
  public NodeInfo nodeInfo() {
    final EnodeUrl enode = network.localEnode();
    return new NodeInfo(
        enode.toString(),
        enode.nodeId().toHex(),
        enode.host(),
        enode.host() + ":" + enode.port(),
        clientVersion,
        Map.of("discovery", 0, "listener", enode.port()),
        Map.of(PROTOCOL, chainState(status.localStatus())));
  }

  private static PeerInfo toPeerInfo(final PeerConnection peer) {
    final InetSocketAddress remote = peer.remoteAddress();
    final String host = remote.getAddress().getHostAddress();
    return new PeerInfo(
        Quantity.of(TwinchainV1.VERSION),
        "",
        List.of(PROTOCOL + "/" + TwinchainV1.VERSION),
        new PeerInfo.Network(address(peer.localAddress()), address(remote), peer.inbound()),
        Quantity.of(remote.getPort()),
        peer.id().toString(),
        peer.status().map(s -> Map.<String, Object>of(PROTOCOL, chainState(s))).orElse(Map.of()),
        new EnodeUrl(peer.id(), host, remote.getPort()).toString());
  }

  private static Map<String, Object> chainState(final StatusMessage status) {
    final Map<String, Object> state = new LinkedHashMap<>();
    state.put("version", status.protocolVersion());
    state.put("network", status.chainId());
    state.put("genesis", status.genesisHash().toHexString());
    state.put("head", status.headHash().toHexString());
    state.put("headNumber", Quantity.of(status.headNumber()));
    return state;
  }

  private static String address(final InetSocketAddress address) {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }
}
