/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The DPRA controller on the live network (issue 8 item 4): the slot clock every node shares,
 * gateways' workload reports, the controller role that decides and signs each slot's decision, the
 * followers that verify and apply it, work receipts, and the state behind {@code ctrl_*}.
 */
package io.twinchain.node.controller;
