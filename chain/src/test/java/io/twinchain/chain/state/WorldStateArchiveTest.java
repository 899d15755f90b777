/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;

class WorldStateArchiveTest {

  private static final Address ACCOUNT = TestKeys.address(1);
  @TempDir Path directory;

  @Test
  void committedStateSurvivesReopeningTheDatabase() throws MissingStateException {
    final Bytes32 root;
    try (WorldStateArchive archive = WorldStateArchive.open(directory)) {
      try (MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
        state.setBalance(ACCOUNT, BigInteger.valueOf(1000));
        state.setNonce(ACCOUNT, 3);
        state.setCode(TestKeys.address(2), Bytes.fromHexString("0x6000"));
        state.setStorage(TestKeys.address(2), Bytes32.ZERO, Bytes32.fromHexStringLenient("0x2a"));
        root = state.commit();
      }
    }
    try (WorldStateArchive archive = WorldStateArchive.open(directory);
        MutableWorldState state = archive.open(root)) {
      assertThat(state.balance(ACCOUNT)).isEqualTo(BigInteger.valueOf(1000));
      assertThat(state.nonce(ACCOUNT)).isEqualTo(3);
      assertThat(state.code(TestKeys.address(2))).isEqualTo(Bytes.fromHexString("0x6000"));
      assertThat(state.storage(TestKeys.address(2), Bytes32.ZERO))
          .isEqualTo(Bytes32.fromHexStringLenient("0x2a"));
      assertThat(state.rootHash()).isEqualTo(root);
    }
  }

  @Test
  void oldRootsStayReadableAfterLaterCommits() throws MissingStateException {
    try (WorldStateArchive archive = WorldStateArchive.inMemory()) {
      final Bytes32 first = commitBalance(archive, WorldStateArchive.EMPTY_ROOT, 1);
      final Bytes32 second = commitBalance(archive, first, 2);
      try (MutableWorldState state = archive.open(first)) {
        assertThat(state.balance(ACCOUNT)).isEqualTo(BigInteger.ONE);
      }
      try (MutableWorldState state = archive.open(second)) {
        assertThat(state.balance(ACCOUNT)).isEqualTo(BigInteger.TWO);
      }
    }
  }

  @Test
  void uncommittedChangesAndUnknownRootsAreNotAvailable() throws MissingStateException {
    try (WorldStateArchive archive = WorldStateArchive.inMemory()) {
      final Bytes32 uncommitted;
      try (MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
        state.setBalance(ACCOUNT, BigInteger.TEN);
        uncommitted = state.rootHash();
      }
      assertThat(archive.contains(WorldStateArchive.EMPTY_ROOT)).isTrue();
      assertThat(archive.contains(uncommitted)).isFalse();
      assertThatThrownBy(() -> archive.open(Bytes32.fromHexStringLenient("0x1234")))
          .isInstanceOf(MissingStateException.class);
    }
  }

  private static Bytes32 commitBalance(
      final WorldStateArchive archive, final Bytes32 root, final long balance)
      throws MissingStateException {
    try (MutableWorldState state = archive.open(root)) {
      state.setBalance(ACCOUNT, BigInteger.valueOf(balance));
      return state.commit();
    }
  }
}
