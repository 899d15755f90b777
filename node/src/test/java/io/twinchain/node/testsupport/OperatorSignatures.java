/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.testsupport;

import io.twinchain.node.twin.operator.SetDesiredMessage;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** Signs {@code twin_setDesired} requests the way an Ethereum developer would, with web3j. */
public final class OperatorSignatures {

  private OperatorSignatures() {}

  /** EIP-191 {@code personal_sign} of the message text: {@code 0x} r s v, 65 bytes. */
  public static String personalSign(final Credentials signer, final SetDesiredMessage message) {
    final Sign.SignatureData signature =
        Sign.signPrefixedMessage(
            message.text().getBytes(StandardCharsets.UTF_8), signer.getEcKeyPair());
    return Numeric.toHexString(signature.getR())
        + Numeric.cleanHexPrefix(Numeric.toHexString(signature.getS()))
        + Numeric.cleanHexPrefix(Numeric.toHexString(signature.getV()));
  }
}
