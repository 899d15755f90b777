/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

/** Outcome of an allowlist change, named after Besu's {@code AllowlistOperationResult}. */
public enum AllowlistResult {
  SUCCESS,
  ERROR_EMPTY_ENTRY,
  ERROR_INVALID_ENTRY,
  ERROR_DUPLICATED_ENTRY,
  ERROR_EXISTING_ENTRY,
  ERROR_ABSENT_ENTRY,
  ERROR_PERSIST_FAILED
}
