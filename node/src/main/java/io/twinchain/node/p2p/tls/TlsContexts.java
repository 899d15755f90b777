/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;

/** Netty TLS contexts for P2P: JSSE, TLS 1.3 only, mutual authentication by node identity. */
public final class TlsContexts {

  private static final String TLS_13 = "TLSv1.3";

  private TlsContexts() {}

  /** The server side: requires a client certificate, checked by {@code trust}. */
  public static SslContext server(final NodeCertificate own, final NodeTrustManager trust)
      throws SSLException {
    return SslContextBuilder.forServer(own.privateKey(), own.certificate())
        .sslProvider(SslProvider.JDK)
        .protocols(TLS_13)
        .clientAuth(ClientAuth.REQUIRE)
        .trustManager(trust)
        .build();
  }

  /**
   * The client side: presents our certificate and checks the server's by {@code trust}. Host names
   * are not verified: the node id, not a DNS name, is the identity (checked against the dialled
   * enode after the handshake).
   */
  public static SslContext client(final NodeCertificate own, final NodeTrustManager trust)
      throws SSLException {
    return SslContextBuilder.forClient()
        .sslProvider(SslProvider.JDK)
        .protocols(TLS_13)
        .keyManager(own.privateKey(), own.certificate())
        .trustManager(trust)
        .endpointIdentificationAlgorithm(null)
        .build();
  }
}
