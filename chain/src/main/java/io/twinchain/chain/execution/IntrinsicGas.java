/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.transaction.Transaction;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.crypto.AccessListObject;

/** Gas charged before execution starts, under Shanghai rules (EIP-2028, EIP-2930, EIP-3860). */
public final class IntrinsicGas {

  static final long TRANSACTION = 21_000;
  static final long CONTRACT_CREATION = 32_000;
  static final long ZERO_BYTE = 4;
  static final long NON_ZERO_BYTE = 16;
  static final long ACCESS_LIST_ADDRESS = 2_400;
  static final long ACCESS_LIST_STORAGE_KEY = 1_900;
  static final long INIT_CODE_WORD = 2;

  private IntrinsicGas() {}

  /** The intrinsic gas of {@code transaction}. */
  public static long of(final Transaction transaction) {
    long gas = ofData(transaction.data(), transaction.isContractCreation());
    for (final AccessListObject entry : transaction.accessList()) {
      gas += ACCESS_LIST_ADDRESS + ACCESS_LIST_STORAGE_KEY * entry.getStorageKeys().size();
    }
    return gas;
  }

  /** The intrinsic gas of a transaction without access list carrying {@code data}. */
  public static long ofData(final Bytes data, final boolean creation) {
    long gas = TRANSACTION + dataGas(data);
    if (creation) {
      gas += CONTRACT_CREATION + INIT_CODE_WORD * ((data.size() + 31L) / 32);
    }
    return gas;
  }

  private static long dataGas(final Bytes data) {
    long gas = 0;
    for (int i = 0; i < data.size(); i++) {
      gas += data.get(i) == 0 ? ZERO_BYTE : NON_ZERO_BYTE;
    }
    return gas;
  }
}
