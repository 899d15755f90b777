/* SPDX-License-Identifier: Apache-2.0 */
/** Genesis file reading and the network generator behind {@code twinchain genesis generate}. */
package io.twinchain.node.genesis;
