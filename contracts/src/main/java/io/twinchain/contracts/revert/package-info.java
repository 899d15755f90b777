/**
 * Decoding of EVM revert data (Error(string), Panic(uint256), custom errors) into typed reasons.
 */
package io.twinchain.contracts.revert;
