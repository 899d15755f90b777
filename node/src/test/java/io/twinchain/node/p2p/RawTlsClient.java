/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.tls.NodeCertificate;
import io.twinchain.node.p2p.tls.NodeTrustManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/** A JSSE client with a valid node identity that writes arbitrary bytes after the handshake. */
final class RawTlsClient {

  private RawTlsClient() {}

  static SSLSocket connect(final NodeKey key, final int port)
      throws GeneralSecurityException, IOException {
    final NodeCertificate certificate = NodeCertificate.generate(key, new SecureRandom());
    final KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "node",
        certificate.privateKey(),
        new char[0],
        new Certificate[] {certificate.certificate()});
    final KeyManagerFactory keys =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, new char[0]);
    final SSLContext context = SSLContext.getInstance("TLSv1.3");
    context.init(
        keys.getKeyManagers(),
        new TrustManager[] {new NodeTrustManager(id -> true)},
        new SecureRandom());
    final SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
    socket.startHandshake();
    return socket;
  }
}
