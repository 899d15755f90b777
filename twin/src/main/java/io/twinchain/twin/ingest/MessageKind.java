/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/** What a device message carries. */
public enum MessageKind {
  /** Measured values: reported properties. */
  TELEMETRY,
  /** Static facts: attributes. */
  ATTRIBUTES
}
