/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import java.util.Map;

/**
 * The result of {@code admin_nodeInfo}, shaped like Besu's.
 *
 * @param enode our enode URL
 * @param id our node id (128 hex digits)
 * @param ip our advertised host
 * @param listenAddr host:port we listen on
 * @param name our client version
 * @param ports listener port ({@code discovery} is 0: there is no discovery)
 * @param protocols our chain state per protocol
 */
public record NodeInfo(
    String enode,
    String id,
    String ip,
    String listenAddr,
    String name,
    Map<String, Integer> ports,
    Map<String, Object> protocols) {}
