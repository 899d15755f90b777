/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import java.util.List;

/** A model id that is not in the zoo. */
public final class UnknownModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /** {@code id} was asked for; {@code known} lists what the zoo holds. */
  public UnknownModelException(final String id, final List<String> known) {
    super("no model '" + id + "' in the zoo; known: " + known);
    this.id = id;
  }

  /** The id asked for. */
  public String id() {
    return id;
  }
}
