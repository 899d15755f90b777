/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.consensus;

import io.twinchain.consensus.pow.PowHasher;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One PoW trial against the hash functions themselves on the same 72-byte input, single-threaded:
 * the JDK's SHA-256 hashing the whole input afresh (the physical limit the PoW function is measured
 * against) and Bouncy Castle's Keccak-256 (Ethereum's hash, for comparison).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PowHashBenchmark {

  private final byte[] input = new byte[PowHasher.INPUT_LENGTH];
  private final byte[] output = new byte[32];
  private PowHasher powHasher;
  private MessageDigest sha256;
  private KeccakDigest keccak;
  private long nonce;

  @Setup
  public void setUp() throws NoSuchAlgorithmException {
    powHasher =
        PowHasher.forWork(
            Bytes32.fromHexString("0x" + "5a".repeat(32)),
            Bytes32.fromHexString("0x" + "c3".repeat(32)));
    sha256 = MessageDigest.getInstance("SHA-256");
    keccak = new KeccakDigest(256);
  }

  /** The PoW function: one trial, primed prefix, one SHA-256 compression. */
  @Benchmark
  public byte[] powTrial() {
    return powHasher.hash(nonce++);
  }

  /** The JDK's SHA-256 over the same 72 bytes, nonce rewritten in place. */
  @Benchmark
  public byte[] jdkSha256() throws DigestException {
    input[PowHasher.INPUT_LENGTH - 1] = (byte) nonce++;
    sha256.update(input, 0, input.length);
    sha256.digest(output, 0, output.length);
    return output;
  }

  /** Bouncy Castle's Keccak-256 over the same 72 bytes. */
  @Benchmark
  public byte[] bouncyCastleKeccak256() {
    input[PowHasher.INPUT_LENGTH - 1] = (byte) nonce++;
    keccak.update(input, 0, input.length);
    keccak.doFinal(output, 0);
    return output;
  }
}
