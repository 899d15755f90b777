/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.testsupport.TestChain;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.types.Keccak256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separate JVM with SIGKILL ({@code destroyForcibly}) at many points while it imports
 * blocks into one data directory, reopening the directory after every kill: the head must be a
 * fully committed block with readable state, no acknowledged block may be lost, and nothing
 * half-written may be visible.
 */
class KillDuringImportIT {

  private static final int RUNS = 20;
  private static final String LIBEVM = "linux-x86-64/libevm.so";
  private static final long SEED = 20_241_125L;

  @TempDir Path directory;
  @TempDir Path nativeLibraries;

  @Test
  void everyKillLeavesAConsistentChainAndLosesNoAcknowledgedBlock() throws Exception {
    extractLibEvmOnce();
    final Random random = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      final long acknowledged = killDuringImport(random.nextInt(400));
      verifyConsistent(acknowledged);
    }
  }

  /**
   * JNA would otherwise extract libevm's 37 MB library from its jar in every worker; JNA looks in
   * {@code jna.library.path} first.
   */
  private void extractLibEvmOnce() throws IOException {
    try (InputStream library = ClassLoader.getSystemResourceAsStream(LIBEVM)) {
      if (library != null) {
        Files.copy(library, nativeLibraries.resolve("libevm.so"));
      }
    }
  }

  /** Starts the worker, lets it import, kills it {@code extraMillis} after its first import. */
  private long killDuringImport(final int extraMillis) throws Exception {
    final Process worker =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Djna.library.path=" + nativeLibraries,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ImportWorkerMain.class.getName(),
                directory.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    final AtomicLong lastImported = new AtomicLong(-1);
    final Object firstImport = new Object();
    final Thread reader = Thread.ofVirtual().start(() -> follow(worker, lastImported, firstImport));
    synchronized (firstImport) {
      while (lastImported.get() < 0 && worker.isAlive()) {
        firstImport.wait(100);
      }
    }
    Thread.sleep(extraMillis);
    worker.destroyForcibly();
    assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join();
    return lastImported.get();
  }

  private static void follow(final Process worker, final AtomicLong last, final Object signal) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("IMPORTED ")) {
          last.set(Long.parseLong(line.substring("IMPORTED ".length())));
          synchronized (signal) {
            signal.notifyAll();
          }
        }
      }
    } catch (final IOException e) {
      // The pipe breaks when the worker is killed; the last acknowledged number is kept.
    }
  }

  private void verifyConsistent(final long acknowledged) throws Exception {
    try (TestChain chain = TestChain.open(directory, TestChain.genesis(1))) {
      final Blockchain blockchain = chain.chain();
      final BlockHeader head = blockchain.head();
      assertThat(head.number()).isGreaterThanOrEqualTo(acknowledged);
      assertThat(blockchain.canonicalHeader(head.number() + 1)).isEmpty();
      for (long number = 0; number <= head.number(); number++) {
        final BlockHeader header = blockchain.canonicalHeader(number).orElseThrow();
        assertThat(blockchain.storage().body(header.hash())).isPresent();
        assertThat(blockchain.storage().receipts(header.hash())).isPresent();
        assertThat(blockchain.totalWork(header.hash())).isPresent();
      }
      final List<Bytes> headBody = blockchain.storage().body(head.hash()).orElseThrow();
      for (final Bytes envelope : headBody) {
        assertThat(blockchain.storage().transactionLocation(Keccak256.hash(envelope))).isPresent();
      }
      try (MutableWorldState state = chain.database().worldState().open(head.stateRoot())) {
        assertThat(state.balance(TestKeys.address(ImportWorkerMain.RECEIVER_KEY)))
            .isEqualTo(BigInteger.valueOf(head.number() * ImportWorkerMain.TRANSFERS_PER_BLOCK));
      }
    }
  }
}
