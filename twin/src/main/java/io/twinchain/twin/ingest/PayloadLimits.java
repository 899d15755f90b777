/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/**
 * Bounds on what a device may send, checked before anything is parsed into a twin.
 *
 * @param maxBytes payload size
 * @param maxDepth nesting of objects and arrays
 * @param maxMembers members of one object or elements of one array
 * @param maxStringLength characters of one string or member name
 * @param maxNumberLength digits of one number
 */
public record PayloadLimits(
    int maxBytes, int maxDepth, int maxMembers, int maxStringLength, int maxNumberLength) {

  /** 64 KiB, depth 8, 256 members, 1024-character strings, 32-digit numbers. */
  public static PayloadLimits defaults() {
    return new PayloadLimits(64 * 1024, 8, 256, 1024, 32);
  }
}
