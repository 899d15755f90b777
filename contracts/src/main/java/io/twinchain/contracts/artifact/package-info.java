/** The compiled contracts (ABI, bytecode, storage layout) committed beside the sources. */
package io.twinchain.contracts.artifact;
