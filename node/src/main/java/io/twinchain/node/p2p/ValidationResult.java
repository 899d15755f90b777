/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

/**
 * A handler's verdict on an incoming message, which drives gossip and peer scoring: ACCEPT relays
 * it, IGNORE drops it without blame (duplicate, stale), REJECT drops it and scores the sender down,
 * SAVE_FOR_FUTURE keeps it until its parent arrives.
 */
public enum ValidationResult {
  ACCEPT,
  IGNORE,
  REJECT,
  SAVE_FOR_FUTURE
}
