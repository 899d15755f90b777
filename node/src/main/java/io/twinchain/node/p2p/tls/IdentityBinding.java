/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * Binds a TLS certificate to a node's secp256k1 key. JSSE cannot sign TLS 1.3 handshakes with
 * secp256k1, so each node presents a P-256 TLS key in a self-signed certificate carrying the
 * extension {@code SEQUENCE { OCTET STRING nodePublicKey(64), OCTET STRING signature(65) }}, where
 * the signature is the node key's over Keccak-256 of {@link #DOMAIN} || the DER
 * SubjectPublicKeyInfo of the TLS key. A peer that verifies it knows the TLS key speaks for the
 * node id.
 */
public final class IdentityBinding {

  /** The extension's OID: under the {@code 2.25} UUID arc, which needs no registration. */
  public static final ASN1ObjectIdentifier OID =
      new ASN1ObjectIdentifier(
          "2.25." + uuidAsInteger(UUID.fromString("6e0d3c1a-5b7f-4c2e-9a41-7d1f0b2c8e93")));

  private static final byte[] DOMAIN =
      "twinchain-tls-binding-v1".getBytes(StandardCharsets.US_ASCII);

  private IdentityBinding() {}

  /** The DER extension value binding {@code tlsKey} to {@code nodeKey}. */
  public static ASN1Encodable create(final NodeKey nodeKey, final PublicKey tlsKey) {
    return new DERSequence(
        new ASN1Encodable[] {
          new DEROctetString(nodeKey.nodeId().toBytes()),
          new DEROctetString(nodeKey.sign(signedMessage(tlsKey)))
        });
  }

  /** Verifies the binding in {@code certificate} and returns the node id it proves. */
  public static NodeId verify(final X509Certificate certificate) throws InvalidIdentityException {
    final byte[] extension = certificate.getExtensionValue(OID.getId());
    if (extension == null) {
      throw new InvalidIdentityException(InvalidIdentityException.Reason.MISSING_BINDING, "");
    }
    final byte[] publicKey;
    final byte[] signature;
    try {
      final byte[] inner = ASN1OctetString.getInstance(extension).getOctets();
      final ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(inner));
      if (sequence.size() != 2) {
        throw new IllegalArgumentException("expected 2 elements, got " + sequence.size());
      }
      publicKey = ASN1OctetString.getInstance(sequence.getObjectAt(0)).getOctets();
      signature = ASN1OctetString.getInstance(sequence.getObjectAt(1)).getOctets();
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidIdentityException(
          InvalidIdentityException.Reason.MALFORMED_BINDING, e.getMessage());
    }
    if (publicKey.length != NodeId.LENGTH) {
      throw new InvalidIdentityException(
          InvalidIdentityException.Reason.MALFORMED_BINDING,
          "node key of " + publicKey.length + " bytes");
    }
    final NodeId id = NodeId.fromBytes(publicKey);
    if (!id.signed(signedMessage(certificate.getPublicKey()), signature)) {
      throw new InvalidIdentityException(
          InvalidIdentityException.Reason.BAD_BINDING_SIGNATURE, "claimed node " + id.shortId());
    }
    return id;
  }

  private static byte[] signedMessage(final PublicKey tlsKey) {
    final byte[] spki = tlsKey.getEncoded();
    final byte[] message = Arrays.copyOf(DOMAIN, DOMAIN.length + spki.length);
    System.arraycopy(spki, 0, message, DOMAIN.length, spki.length);
    return message;
  }

  private static BigInteger uuidAsInteger(final UUID uuid) {
    return new BigInteger(
        1,
        java.nio.ByteBuffer.allocate(16)
            .putLong(uuid.getMostSignificantBits())
            .putLong(uuid.getLeastSignificantBits())
            .array());
  }
}
