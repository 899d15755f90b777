/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/** The request/response topics of the controller protocol. */
public final class ControllerTopics {
  /** Gateway → controller: a {@link WorkloadReport}. */
  public static final String REPORT = "ctrl/report/1";

  /** Controller → every peer: a {@link SignedDecision}. */
  public static final String DECISION = "ctrl/decision/1";

  private ControllerTopics() {}
}
