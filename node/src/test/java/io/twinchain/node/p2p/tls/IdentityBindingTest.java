/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.node.keys.NodeKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** The certificate ↔ node key binding and the trust manager's typed refusals. */
class IdentityBindingTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void boundCertificateProvesTheNodeId() throws Exception {
    final NodeKey key = NodeKey.generate(random);
    final NodeCertificate certificate = NodeCertificate.generate(key, random);
    assertThat(IdentityBinding.verify(certificate.certificate())).isEqualTo(key.nodeId());
    assertThat(
            new NodeTrustManager(id -> true)
                .check(new X509Certificate[] {certificate.certificate()}))
        .isEqualTo(key.nodeId());
  }

  @Test
  void aBindingCopiedOntoAnotherTlsKeyIsRejected() throws Exception {
    final NodeKey victim = NodeKey.generate(random);
    final NodeKey attacker = NodeKey.generate(random);
    final NodeCertificate real = NodeCertificate.generate(victim, random);
    final NodeCertificate forged = NodeCertificateForger.withBinding(attacker, real);
    assertThatThrownBy(() -> IdentityBinding.verify(forged.certificate()))
        .isInstanceOf(InvalidIdentityException.class)
        .extracting(e -> ((InvalidIdentityException) e).reason())
        .isEqualTo(InvalidIdentityException.Reason.BAD_BINDING_SIGNATURE);
  }

  @Test
  void unlistedNodesAndEmptyChainsAreRefused() {
    final NodeCertificate certificate = NodeCertificate.generate(NodeKey.generate(random), random);
    final NodeTrustManager none = new NodeTrustManager(id -> false);
    assertThatThrownBy(() -> none.check(new X509Certificate[] {certificate.certificate()}))
        .extracting(e -> ((InvalidIdentityException) e).reason())
        .isEqualTo(InvalidIdentityException.Reason.NOT_ON_ALLOWLIST);
    assertThatThrownBy(() -> none.check(new X509Certificate[0]))
        .extracting(e -> ((InvalidIdentityException) e).reason())
        .isEqualTo(InvalidIdentityException.Reason.NO_CERTIFICATE);
  }
}
