/**
 * Placement of the system contracts in the genesis state: fixed addresses, runtime code and the
 * initial storage derived from solc's storage layout.
 */
package io.twinchain.contracts.genesis;
