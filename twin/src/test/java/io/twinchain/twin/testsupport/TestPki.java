/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away test PKI (Bouncy Castle): a CA, a broker certificate for 127.0.0.1, and client
 * certificates whose CN is a device id, in PKCS#12 stores. Test-only keys, never reused.
 */
public final class TestPki {

  /** Password of every store (test-only). */
  public static final String PASSWORD = "test-only";

  private final Path directory;
  private final KeyPair caKeys;
  private final X509Certificate caCertificate;

  private TestPki(final Path directory, final KeyPair caKeys, final X509Certificate ca) {
    this.directory = directory;
    this.caKeys = caKeys;
    this.caCertificate = ca;
  }

  /** Creates the CA, the broker's key store and the CA trust store. */
  public static TestPki create(final Path directory) throws IOException, GeneralSecurityException {
    final KeyPair caKeys = keyPair();
    final X500Name ca = new X500Name("CN=twinchain-test-ca");
    final X509v3CertificateBuilder builder = builder(ca, ca, caKeys);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    final TestPki pki = new TestPki(directory, caKeys, sign(builder, caKeys));
    final KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", pki.caCertificate);
    pki.save(trust, "trust.p12");
    pki.issue("broker", "CN=127.0.0.1", true);
    return pki;
  }

  /** A client key store for {@code device}, its certificate signed by the CA. */
  public Path client(final String device) throws IOException, GeneralSecurityException {
    return issue(device, "CN=" + device, false);
  }

  /**
   * A device's certificate and private key as PEM files, for {@code mosquitto_pub --cert --key}.
   *
   * @param certificate the certificate chain (device, then CA)
   * @param key the private key
   */
  public record PemFiles(Path certificate, Path key) {}

  /**
   * PEM files of a new certificate for {@code device} (CN = its id) signed by the CA; the key is
   * PKCS#8 ({@code BEGIN PRIVATE KEY}), which OpenSSL reads for any key type.
   */
  public PemFiles clientPem(final String device) throws IOException, GeneralSecurityException {
    final KeyPair keys = keyPair();
    final X509Certificate certificate = certificate("CN=" + device, keys, false);
    return new PemFiles(
        pem(device + "-cert.pem", certificate, caCertificate),
        pem(device + "-key.pem", new JcaPKCS8Generator(keys.getPrivate(), null)));
  }

  /** The CA certificate as PEM, for {@code mosquitto_pub --cafile}. */
  public Path caPem() throws IOException {
    return pem("ca.pem", caCertificate);
  }

  private Path pem(final String name, final Object... objects) throws IOException {
    final Path path = directory.resolve(name);
    try (Writer out = Files.newBufferedWriter(path);
        JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        writer.writeObject(object);
      }
    }
    return path;
  }

  /** The broker's key store. */
  public Path brokerKeyStore() {
    return directory.resolve("broker.p12");
  }

  /** The store holding the CA certificate. */
  public Path trustStore() {
    return directory.resolve("trust.p12");
  }

  /** A TLS 1.3 socket factory presenting {@code keyStore} and trusting the CA. */
  public SSLSocketFactory socketFactory(final Path keyStore)
      throws IOException, GeneralSecurityException {
    final KeyStore keys = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keyStore)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    final KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD.toCharArray());
    final KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", caCertificate);
    final TrustManagerFactory trustManagers =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trust);
    final SSLContext context = SSLContext.getInstance("TLSv1.3");
    context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
    return context.getSocketFactory();
  }

  private Path issue(final String alias, final String subject, final boolean server)
      throws IOException, GeneralSecurityException {
    final KeyPair keys = keyPair();
    final X509Certificate certificate = certificate(subject, keys, server);
    final KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        alias,
        keys.getPrivate(),
        PASSWORD.toCharArray(),
        new Certificate[] {certificate, caCertificate});
    return save(store, alias + ".p12");
  }

  private X509Certificate certificate(
      final String subject, final KeyPair keys, final boolean server)
      throws IOException, GeneralSecurityException {
    final X509v3CertificateBuilder builder =
        builder(new X500Name("CN=twinchain-test-ca"), new X500Name(subject), keys);
    if (server) {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    }
    return sign(builder, caKeys);
  }

  private Path save(final KeyStore store, final String name)
      throws IOException, GeneralSecurityException {
    final Path path = directory.resolve(name);
    try (OutputStream out = Files.newOutputStream(path)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return path;
  }

  private static KeyPair keyPair() throws GeneralSecurityException {
    final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509v3CertificateBuilder builder(
      final X500Name issuer, final X500Name subject, final KeyPair keys) {
    final Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(System.nanoTime() & 0xffff)),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(2))),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(final X509v3CertificateBuilder builder, final KeyPair issuer)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign test certificate", e);
    }
  }
}
