/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

/** A JSON-RPC parameter that does not parse; callers answer it with {@code -32602}. */
public final class JsonParamException extends Exception {
  private static final long serialVersionUID = 1L;

  public JsonParamException(final String message) {
    super(message);
  }
}
