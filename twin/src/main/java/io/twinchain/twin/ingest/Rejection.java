/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static java.util.Objects.requireNonNull;

/**
 * A refused device message: the reason, the offending field ({@code ""} for the whole payload) and
 * a detail with the values involved.
 *
 * @param reason typed reason
 * @param field offending field, as a dotted path into the payload or {@code topic.*}
 * @param detail explanation with expected and actual values
 */
public record Rejection(RejectionReason reason, String field, String detail) {

  /** Rejects missing parts. */
  public Rejection {
    requireNonNull(reason, "reason");
    requireNonNull(field, "field");
    requireNonNull(detail, "detail");
  }
}
