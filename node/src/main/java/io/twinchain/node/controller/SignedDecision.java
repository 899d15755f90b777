/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;

/**
 * A slot decision with the controller's signature: r ‖ s ‖ v by its node key over Keccak-256 of the
 * decision's encoding. Wire form {@code [decision, signature]}.
 *
 * @param decision what was decided
 * @param signature 65 bytes
 */
public record SignedDecision(SlotDecision decision, Bytes signature) {

  /** Signs {@code decision} with the controller's node key. */
  public static SignedDecision sign(final SlotDecision decision, final NodeKey key) {
    return new SignedDecision(decision, Bytes.wrap(key.sign(decision.encode().toArrayUnsafe())));
  }

  /** Whether {@code controller}'s key made the signature. */
  public boolean signedBy(final NodeId controller) {
    return controller.signed(decision.encode().toArrayUnsafe(), signature.toArrayUnsafe());
  }

  /** The wire form. */
  public Bytes encode() {
    return RLP.encodeList(
        w -> {
          w.writeValue(decision.encode());
          w.writeValue(signature);
        });
  }

  /** Decodes the wire form; the signature is not checked here (see {@link #signedBy}). */
  public static SignedDecision decode(final Bytes encoded) throws ControllerMessageException {
    final Bytes[] parts;
    try {
      parts = RLP.decodeList(encoded, r -> new Bytes[] {r.readValue(), r.readValue()});
    } catch (RLPException e) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.MALFORMED, "signed decision: " + e.getMessage());
    }
    if (parts[1].size() != 65) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.MALFORMED,
          "signature of " + parts[1].size() + " bytes");
    }
    return new SignedDecision(SlotDecision.decode(parts[0]), parts[1]);
  }
}
