/**
 * Ledger core: hashes, addresses, signed transactions in Ethereum typed envelopes, block headers
 * and bodies, receipts, world state through the EVM library, RocksDB storage and the import
 * pipeline.
 */
package io.twinchain.chain;
