/* SPDX-License-Identifier: Apache-2.0 */
/**
 * A physical simulator of vibration on rotating machinery (shaft, coupling, rolling-element
 * bearing). It generates the training and held-out data of the condition classifier in the model
 * zoo and drives the devnet's device simulator, so a twin's live prediction refers to the same
 * physics the classifier learned. See {@code docs/offload.md}, section "Machinery simulator".
 */
package io.twinchain.offload.machinery;
