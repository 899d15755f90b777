/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import io.twinchain.node.keys.NodeKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A node's TLS credentials: a fresh P-256 key per process and a self-signed certificate carrying
 * the {@link IdentityBinding} to the node's secp256k1 key. Nothing here is persisted; the node key
 * is the long-lived identity.
 */
public record NodeCertificate(PrivateKey privateKey, X509Certificate certificate) {

  private static final Duration VALIDITY = Duration.ofDays(365);

  /** Generates a TLS key and its bound, self-signed certificate for {@code nodeKey}. */
  public static NodeCertificate generate(final NodeKey nodeKey, final SecureRandom random) {
    try {
      final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      final KeyPair tlsKey = generator.generateKeyPair();
      final X500Name subject = new X500Name("CN=twinchain-" + nodeKey.nodeId().shortId());
      final Instant now = Instant.now();
      final X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, random),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(VALIDITY)),
              subject,
              tlsKey.getPublic());
      builder.addExtension(
          IdentityBinding.OID, false, IdentityBinding.create(nodeKey, tlsKey.getPublic()));
      final X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(tlsKey.getPrivate())));
      return new NodeCertificate(tlsKey.getPrivate(), certificate);
    } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the node's TLS certificate", e);
    }
  }
}
