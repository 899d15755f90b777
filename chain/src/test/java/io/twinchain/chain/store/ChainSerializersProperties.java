/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.storage.Serializer;
import io.twinchain.chain.types.Addresses;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.crypto.transaction.type.TransactionType;

class ChainSerializersProperties {

  @Property(tries = 200)
  void headersRoundTrip(@ForAll("headers") final BlockHeader header) {
    assertThat(roundTrip(ChainSerializers.HEADER, header).hash()).isEqualTo(header.hash());
  }

  @Property(tries = 200)
  void bodiesRoundTrip(@ForAll @Size(max = 20) final List<@Size(max = 200) byte[]> raw) {
    final List<Bytes> envelopes = raw.stream().map(Bytes::wrap).toList();
    assertThat(roundTrip(ChainSerializers.BODY, envelopes)).isEqualTo(envelopes);
  }

  @Property(tries = 200)
  void receiptsRoundTrip(@ForAll("receipts") final List<Receipt> receipts) {
    assertThat(roundTrip(ChainSerializers.RECEIPTS, receipts)).isEqualTo(receipts);
  }

  @Property(tries = 200)
  void locationsRoundTrip(
      @ForAll @Size(32) final byte[] hash, @ForAll @IntRange(min = 0) final int index) {
    final TransactionLocation location = new TransactionLocation(Bytes32.wrap(hash), index);
    assertThat(roundTrip(ChainSerializers.LOCATION, location)).isEqualTo(location);
  }

  @Provide
  Arbitrary<BlockHeader> headers() {
    final Arbitrary<Bytes32> words =
        Arbitraries.bytes().array(byte[].class).ofSize(32).map(Bytes32::wrap);
    final Arbitrary<Long> numbers = Arbitraries.longs().greaterOrEqual(0);
    final Arbitrary<Bytes> extra =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(Bytes::wrap);
    return Combinators.combine(words, words, numbers, numbers, Arbitraries.longs(), extra, words)
        .as(
            (parent, state, number, gas, nonce, extraData, modifier) ->
                BlockHeader.builder()
                    .parentHash(parent)
                    .stateRoot(state)
                    .number(number)
                    .timestamp(number / 2)
                    .gasLimit(gas)
                    .gasUsed(gas / 3)
                    .nonce(nonce)
                    .extraData(extraData)
                    .stakeModifier(modifier)
                    .miner(Addresses.fromBytes(state.slice(0, 20)))
                    .difficulty(UInt256.fromBytes(modifier))
                    .build());
  }

  @Provide
  Arbitrary<List<Receipt>> receipts() {
    final Arbitrary<Log> logs =
        Combinators.combine(
                Arbitraries.bytes().array(byte[].class).ofSize(20),
                Arbitraries.bytes().array(byte[].class).ofSize(32).list().ofMaxSize(4),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
            .as(
                (address, topics, data) ->
                    new Log(
                        Addresses.fromBytes(Bytes.wrap(address)),
                        topics.stream().map(Bytes32::wrap).toList(),
                        Bytes.wrap(data)));
    final Arbitrary<Receipt> receipt =
        Combinators.combine(
                Arbitraries.of(TransactionType.LEGACY, TransactionType.EIP1559),
                Arbitraries.of(true, false),
                Arbitraries.longs().greaterOrEqual(0),
                logs.list().ofMaxSize(3))
            .as(Receipt::of);
    return receipt.list().ofMaxSize(5);
  }

  private static <T> T roundTrip(final Serializer<T> serializer, final T value) {
    return serializer.fromBytes(serializer.toBytes(value));
  }
}
