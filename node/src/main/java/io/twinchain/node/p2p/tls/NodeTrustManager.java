/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import io.twinchain.node.keys.NodeId;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.function.Predicate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a peer (client or server) only when its single self-signed, currently valid certificate
 * proves a node identity (see {@link IdentityBinding}) that the allowlist admits. Every refusal is
 * logged with its reason and the claimed node id when there is one.
 */
public final class NodeTrustManager extends X509ExtendedTrustManager {
  private static final Logger LOG = LoggerFactory.getLogger(NodeTrustManager.class);

  private final Predicate<NodeId> allowed;

  /** Admits peers whose proven id satisfies {@code allowed} (the allowlist, read at each check). */
  public NodeTrustManager(final Predicate<NodeId> allowed) {
    this.allowed = allowed;
  }

  /** Verifies {@code chain} and returns the peer's node id. */
  public NodeId check(final X509Certificate[] chain) throws InvalidIdentityException {
    if (chain == null || chain.length != 1) {
      throw new InvalidIdentityException(InvalidIdentityException.Reason.NO_CERTIFICATE, "");
    }
    final X509Certificate certificate = chain[0];
    try {
      certificate.checkValidity();
    } catch (CertificateException e) {
      throw new InvalidIdentityException(InvalidIdentityException.Reason.EXPIRED, e.getMessage());
    }
    try {
      certificate.verify(certificate.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new InvalidIdentityException(
          InvalidIdentityException.Reason.NOT_SELF_SIGNED, e.getMessage());
    }
    final NodeId id = IdentityBinding.verify(certificate);
    if (!allowed.test(id)) {
      throw new InvalidIdentityException(
          InvalidIdentityException.Reason.NOT_ON_ALLOWLIST, "node " + id.toHex());
    }
    return id;
  }

  private void checkAndLog(final X509Certificate[] chain, final String direction)
      throws CertificateException {
    try {
      check(chain);
    } catch (InvalidIdentityException e) {
      LOG.warn("Refused {} TLS peer: {}", direction, e.getMessage());
      throw e;
    }
  }

  @Override
  public void checkClientTrusted(final X509Certificate[] chain, final String authType)
      throws CertificateException {
    checkAndLog(chain, "inbound");
  }

  @Override
  public void checkServerTrusted(final X509Certificate[] chain, final String authType)
      throws CertificateException {
    checkAndLog(chain, "outbound");
  }

  @Override
  public void checkClientTrusted(
      final X509Certificate[] chain, final String authType, final Socket socket)
      throws CertificateException {
    checkAndLog(chain, "inbound");
  }

  @Override
  public void checkServerTrusted(
      final X509Certificate[] chain, final String authType, final Socket socket)
      throws CertificateException {
    checkAndLog(chain, "outbound");
  }

  @Override
  public void checkClientTrusted(
      final X509Certificate[] chain, final String authType, final SSLEngine engine)
      throws CertificateException {
    checkAndLog(chain, "inbound");
  }

  @Override
  public void checkServerTrusted(
      final X509Certificate[] chain, final String authType, final SSLEngine engine)
      throws CertificateException {
    checkAndLog(chain, "outbound");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
