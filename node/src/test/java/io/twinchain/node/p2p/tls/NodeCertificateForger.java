/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import io.twinchain.node.keys.NodeKey;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds the attack the binding defends against: someone else's binding on the attacker's TLS key.
 */
final class NodeCertificateForger {

  private NodeCertificateForger() {}

  static NodeCertificate withBinding(final NodeKey attacker, final NodeCertificate stolenFrom)
      throws Exception {
    final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    final KeyPair tls = generator.generateKeyPair();
    final X500Name subject = new X500Name("CN=forged-" + attacker.nodeId().shortId());
    final JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            BigInteger.ONE,
            Date.from(Instant.now().minusSeconds(60)),
            Date.from(Instant.now().plusSeconds(3600)),
            subject,
            tls.getPublic());
    final Extension stolen =
        new JcaX509CertificateHolder(stolenFrom.certificate()).getExtension(IdentityBinding.OID);
    builder.addExtension(stolen);
    return new NodeCertificate(
        tls.getPrivate(),
        new JcaX509CertificateConverter()
            .getCertificate(
                builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(tls.getPrivate()))));
  }
}
