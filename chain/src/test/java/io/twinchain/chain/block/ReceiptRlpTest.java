/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.types.MalformedRlpException;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.transaction.type.TransactionType;

class ReceiptRlpTest {

  private static final Log LOG =
      new Log(
          TestKeys.address(5),
          List.of(Bytes32.fromHexStringLenient("0xaa"), Bytes32.fromHexStringLenient("0xbb")),
          Bytes.fromHexString("0x0102"));

  @Test
  void legacyReceiptIsAPlainListAndTypedOneIsPrefixed() {
    final Receipt legacy = Receipt.of(TransactionType.LEGACY, true, 21_000, List.of());
    final Receipt typed = Receipt.of(TransactionType.EIP1559, false, 42_000, List.of(LOG));
    assertThat(ReceiptRlp.encode(legacy).get(0) & 0xff).isGreaterThanOrEqualTo(0xc0);
    assertThat(ReceiptRlp.encode(typed).get(0)).isEqualTo((byte) 2);
    assertThat(ReceiptRlp.decode(ReceiptRlp.encode(legacy))).isEqualTo(legacy);
    assertThat(ReceiptRlp.decode(ReceiptRlp.encode(typed))).isEqualTo(typed);
  }

  @Test
  void encodesAFailedStatusAsTheEmptyString() {
    final Bytes encoded =
        ReceiptRlp.encode(Receipt.of(TransactionType.LEGACY, false, 1, List.of()));
    // list header (0xf9 0x01 0x09), then status 0 → 0x80, then cumulative gas 1 → 0x01.
    assertThat(encoded.slice(3, 2)).isEqualTo(Bytes.fromHexString("0x8001"));
  }

  @Test
  void bloomContainsTheLogAddressAndTopics() {
    final Bytes bloom = LogsBloom.of(List.of(LOG));
    assertThat(bloom.bitLength()).isPositive();
    assertThat(bloom.and(LogsBloom.of(List.of(new Log(LOG.address(), List.of(), Bytes.EMPTY)))))
        .isEqualTo(LogsBloom.of(List.of(new Log(LOG.address(), List.of(), Bytes.EMPTY))));
    assertThat(LogsBloom.union(List.of(bloom, LogsBloom.EMPTY))).isEqualTo(bloom);
    assertThat(LogsBloom.of(List.of())).isEqualTo(LogsBloom.EMPTY);
  }

  @Test
  void refusesMalformedReceipts() {
    final Bytes encoded =
        ReceiptRlp.encode(Receipt.of(TransactionType.EIP1559, true, 1, List.of(LOG)));
    assertThatThrownBy(() -> ReceiptRlp.decode(encoded.slice(0, encoded.size() - 2)))
        .isInstanceOf(MalformedRlpException.class);
    assertThatThrownBy(() -> ReceiptRlp.decode(Bytes.EMPTY))
        .isInstanceOf(MalformedRlpException.class);
  }
}
