/** Client-side helpers for work receipts: the gateway's signature that WorkReceipts verifies. */
package io.twinchain.contracts.receipts;
