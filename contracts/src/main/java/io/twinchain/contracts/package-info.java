/** System contracts (Solidity, executed by the EVM) and their web3j wrappers. */
package io.twinchain.contracts;
