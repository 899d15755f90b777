/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

/** Why a rate trace was rejected. */
public enum TraceError {
  /** No header line, or a header but no rate rows. */
  EMPTY,
  /** The header has no {@code rate_bps} column. */
  MISSING_RATE_COLUMN,
  /** A row has fewer fields than the rate column's position. */
  MISSING_FIELD,
  /** The rate field is not a number. */
  NOT_A_NUMBER,
  /** The rate is zero, negative, infinite or NaN. */
  NOT_POSITIVE
}
