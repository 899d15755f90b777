/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.tls;

import java.security.cert.CertificateException;

/** A peer certificate that does not prove an allowed node identity; the reason is typed. */
public final class InvalidIdentityException extends CertificateException {
  private static final long serialVersionUID = 1L;

  /** Why a peer's certificate was refused. */
  public enum Reason {
    NO_CERTIFICATE,
    NOT_SELF_SIGNED,
    EXPIRED,
    MISSING_BINDING,
    MALFORMED_BINDING,
    BAD_BINDING_SIGNATURE,
    NOT_ON_ALLOWLIST
  }

  private final Reason reason;

  /** Creates the error with a typed reason and detail for logs. */
  public InvalidIdentityException(final Reason reason, final String detail) {
    super(reason + (detail.isEmpty() ? "" : ": " + detail));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
