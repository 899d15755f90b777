/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.operator;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.twin.anchor.StateHash;

/**
 * The text an operator signs with EIP-191 {@code personal_sign} to authorise one {@code
 * twin_setDesired}. Lines, separated by {@code \n}:
 *
 * <pre>
 * twinchain twin_setDesired
 * chainId: 2026
 * thingId: plant:pump-1
 * feature: telemetry
 * properties: {"setpoint":30}
 * nonce: 7
 * expires: 1767225600
 * </pre>
 *
 * {@code properties} is the JSON object with members sorted by name and no whitespace; {@code
 * nonce} must exceed the signer's previous nonce at this gateway; {@code expires} is Unix seconds.
 *
 * @param chainId the chain id (binds the signature to one network)
 * @param thingId the twin
 * @param feature the feature
 * @param properties the desired-properties patch
 * @param nonce the signer's request counter
 * @param expires Unix seconds after which the signature is void
 */
public record SetDesiredMessage(
    long chainId, String thingId, String feature, JsonNode properties, long nonce, long expires) {

  /** The exact text to sign. */
  public String text() {
    return "twinchain twin_setDesired\nchainId: "
        + chainId
        + "\nthingId: "
        + thingId
        + "\nfeature: "
        + feature
        + "\nproperties: "
        + StateHash.canonical(properties)
        + "\nnonce: "
        + nonce
        + "\nexpires: "
        + expires;
  }
}
