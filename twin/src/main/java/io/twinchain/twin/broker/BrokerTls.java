/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import java.nio.file.Path;

/**
 * A TLS listener of the embedded broker that requires client certificates.
 *
 * @param port listener port
 * @param keystore the broker's PKCS#12 or JKS key store
 * @param keystorePassword its password (also the key's)
 * @param truststore the CAs whose client certificates are accepted
 * @param truststorePassword its password
 */
public record BrokerTls(
    int port, Path keystore, String keystorePassword, Path truststore, String truststorePassword) {}
