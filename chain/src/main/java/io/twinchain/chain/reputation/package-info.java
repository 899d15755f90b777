/**
 * The spec's reputation and stake-to-difficulty math (bdt-model.md §3.2), shared by the consensus
 * rules (real targets) and the DPRA controller (expected block time). Pure functions: every [RECON]
 * choice is a named strategy listed in ASSUMPTIONS.md.
 */
package io.twinchain.chain.reputation;
