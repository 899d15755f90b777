/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

/** The broker cannot be reached or refused the ingestion's connection or subscriptions. */
public final class MqttTransportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the client's exception
   */
  public MqttTransportException(final String message, final Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
