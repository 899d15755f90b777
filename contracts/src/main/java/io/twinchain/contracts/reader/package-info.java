/**
 * Readers of system-contract state at a given block, for node components (consensus reads
 * reputation stakes through {@link io.twinchain.contracts.reader.ReputationRegistryReader}).
 */
package io.twinchain.contracts.reader;
