/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

/** A genesis file that cannot be used, naming the offending field. */
public class GenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** The field at JSON path {@code field} is wrong as {@code problem} says. */
  public GenesisException(final String field, final String problem) {
    super("genesis field '" + field + "': " + problem);
    this.field = field;
  }

  /**
   * The JSON path of the offending field, e.g. {@code config.chainId} or {@code alloc.0x…balance}.
   */
  public String field() {
    return field;
  }
}
