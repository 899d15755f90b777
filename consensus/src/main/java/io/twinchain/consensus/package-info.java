/**
 * Reputation-weighted PoW/PoS consensus: difficulty from reputation, stake modifier, header rules,
 * fork choice, retargeting and the throttled miner. Pure logic: no storage or network imports.
 */
package io.twinchain.consensus;
