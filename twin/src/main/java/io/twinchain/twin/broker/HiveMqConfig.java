/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import java.util.Optional;

/**
 * Writes HiveMQ CE's {@code config.xml}: loopback or given bind address, a TCP listener, an
 * optional TLS listener with mandatory client certificates, and queues large enough that a
 * restarting gateway loses nothing (the default of 1,000 queued messages per client would drop),
 * and a receive maximum of 1,000 so QoS-1 publishers are not held to 10 messages in flight.
 */
final class HiveMqConfig {

  private HiveMqConfig() {}

  static String xml(final String bindAddress, final int port, final Optional<BrokerTls> tls) {
    return "<hivemq>\n  <listeners>\n"
        + "    <tcp-listener><port>"
        + port
        + "</port><bind-address>"
        + bindAddress
        + "</bind-address></tcp-listener>\n"
        + tls.map(t -> tlsListener(bindAddress, t)).orElse("")
        + "  </listeners>\n"
        + "  <mqtt><queued-messages><max-queue-size>10000000</max-queue-size>"
        + "<strategy>discard</strategy></queued-messages>"
        + "<receive-maximum><server-receive-maximum>1000</server-receive-maximum>"
        + "</receive-maximum></mqtt>\n"
        + "  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>\n"
        + "</hivemq>\n";
  }

  private static String tlsListener(final String bindAddress, final BrokerTls tls) {
    return "    <tls-tcp-listener><port>"
        + tls.port()
        + "</port><bind-address>"
        + bindAddress
        + "</bind-address><tls>"
        + "<keystore><path>"
        + tls.keystore()
        + "</path><password>"
        + tls.keystorePassword()
        + "</password><private-key-password>"
        + tls.keystorePassword()
        + "</private-key-password></keystore>"
        + "<truststore><path>"
        + tls.truststore()
        + "</path><password>"
        + tls.truststorePassword()
        + "</password></truststore>"
        + "<client-authentication-mode>REQUIRED</client-authentication-mode>"
        + "<protocols><protocol>TLSv1.3</protocol></protocols>"
        + "</tls></tls-tcp-listener>\n";
  }
}
