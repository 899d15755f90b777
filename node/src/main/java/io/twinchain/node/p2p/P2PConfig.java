/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import java.time.Duration;

/**
 * Settings of the P2P network.
 *
 * @param host interface to listen on
 * @param port TCP port to listen on (0 picks a free one)
 * @param advertisedHost host put into our own enode URL
 * @param maxFrameLength largest accepted frame (code + body), bytes
 * @param maxPeers most established peers at once
 * @param handshakeTimeout time allowed for TLS plus STATUS
 * @param dialInterval how often allowlisted peers that are not connected are dialled
 */
public record P2PConfig(
    String host,
    int port,
    String advertisedHost,
    int maxFrameLength,
    int maxPeers,
    Duration handshakeTimeout,
    Duration dialInterval) {

  /** Default largest frame: 16 MiB, room for an offloaded tensor or a full block. */
  public static final int DEFAULT_MAX_FRAME_LENGTH = 16 * 1024 * 1024;

  /** Loopback settings with defaults, for tests and single-host devnets. */
  public static P2PConfig loopback(final int port) {
    return new P2PConfig(
        "127.0.0.1",
        port,
        "127.0.0.1",
        DEFAULT_MAX_FRAME_LENGTH,
        25,
        Duration.ofSeconds(10),
        Duration.ofSeconds(5));
  }

  public P2PConfig withMaxFrameLength(final int length) {
    return new P2PConfig(
        host, port, advertisedHost, length, maxPeers, handshakeTimeout, dialInterval);
  }

  public P2PConfig withDialInterval(final Duration interval) {
    return new P2PConfig(
        host, port, advertisedHost, maxFrameLength, maxPeers, handshakeTimeout, interval);
  }
}
