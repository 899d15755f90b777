/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/** Dotted field paths used in rejections ({@code values.temperature}). */
final class Paths {

  private Paths() {}

  static String child(final String parent, final String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String fromPointer(final String pointer) {
    return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
  }
}
