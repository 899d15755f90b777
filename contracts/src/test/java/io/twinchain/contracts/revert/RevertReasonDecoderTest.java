/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.revert;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** Error(string), Panic(uint256) and the system contracts' custom errors decode to names. */
class RevertReasonDecoderTest {

  private final RevertReasonDecoder decoder = RevertReasonDecoder.forSystemContracts();

  @Test
  void decodesRequireMessages() {
    // Error("nope"): selector 08c379a0, offset 0x20, length 4, "nope"
    final Bytes data =
        Bytes.fromHexString(
            "0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000004"
                + "6e6f706500000000000000000000000000000000000000000000000000000000");
    final RevertReason reason = decoder.decode(data);
    assertThat(reason.kind()).isEqualTo(RevertReason.Kind.ERROR_STRING);
    assertThat(reason.describe()).isEqualTo("nope");
  }

  @Test
  void decodesPanics() {
    final Bytes data =
        Bytes.fromHexString(
            "0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011");
    assertThat(decoder.decode(data).describe()).isEqualTo("Panic(17)");
  }

  @Test
  void decodesSystemContractCustomErrors() {
    // DuplicateReceipt(bytes32) = 0x… selector computed from the signature
    final Bytes selector =
        Bytes.wrap(
                org.web3j.crypto.Hash.sha3(
                    "DuplicateReceipt(bytes32)".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .slice(0, 4);
    final Bytes id = Bytes.fromHexString("0x" + "ab".repeat(32));
    final RevertReason reason = decoder.decode(Bytes.concatenate(selector, id));
    assertThat(reason.kind()).isEqualTo(RevertReason.Kind.CUSTOM_ERROR);
    assertThat(reason.name()).isEqualTo("DuplicateReceipt");
    assertThat(reason.describe()).isEqualTo("DuplicateReceipt(0x" + "ab".repeat(32) + ")");
  }

  @Test
  void keepsUnknownAndTruncatedDataRaw() {
    assertThat(decoder.decode(Bytes.fromHexString("0xdeadbeef01")).kind())
        .isEqualTo(RevertReason.Kind.UNKNOWN);
    assertThat(decoder.decode(Bytes.fromHexString("0x4e487b71")).kind())
        .isEqualTo(RevertReason.Kind.UNKNOWN);
    assertThat(decoder.decode(Bytes.EMPTY).kind()).isEqualTo(RevertReason.Kind.EMPTY);
  }
}
