/**
 * The Java reference of ReputationRegistry's fixed-point reputation arithmetic (spec §3.2). Pure:
 * no EVM, no I/O.
 */
package io.twinchain.contracts.reputation;
