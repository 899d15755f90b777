/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.Serializers;
import io.twinchain.chain.storage.TypedColumn;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/** The ledger's columns with their key and value types. */
final class ChainColumns {

  static final TypedColumn<Bytes32, BlockHeader> HEADERS =
      new TypedColumn<>(Column.BLOCK_HEADERS, ChainSerializers.HASH, ChainSerializers.HEADER);
  static final TypedColumn<Bytes32, List<Bytes>> BODIES =
      new TypedColumn<>(Column.BLOCK_BODIES, ChainSerializers.HASH, ChainSerializers.BODY);
  static final TypedColumn<Bytes32, List<Receipt>> RECEIPTS =
      new TypedColumn<>(Column.RECEIPTS, ChainSerializers.HASH, ChainSerializers.RECEIPTS);
  static final TypedColumn<Long, Bytes32> CANONICAL =
      new TypedColumn<>(Column.CANONICAL_INDEX, Serializers.UINT64, ChainSerializers.HASH);
  static final TypedColumn<Bytes32, TransactionLocation> TRANSACTIONS =
      new TypedColumn<>(Column.TRANSACTION_INDEX, ChainSerializers.HASH, ChainSerializers.LOCATION);
  static final TypedColumn<Bytes32, UInt256> TOTAL_WORK =
      new TypedColumn<>(Column.TOTAL_WORK, ChainSerializers.HASH, Serializers.UINT256);
  static final TypedColumn<String, Bytes32> METADATA =
      new TypedColumn<>(Column.CHAIN_METADATA, Serializers.UTF8, ChainSerializers.HASH);

  /** Metadata key of the canonical head's hash. */
  static final String HEAD = "chain-head";

  /** Metadata key of the genesis hash. */
  static final String GENESIS = "genesis-hash";

  private ChainColumns() {}
}
