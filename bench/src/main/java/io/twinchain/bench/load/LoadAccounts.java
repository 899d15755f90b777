/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * The load's sending accounts, DEV ONLY: account {@code i}'s key is {@code
 * keccak256("twinchain-load-account-i")}, public like the devnet's dev accounts, so a re-run reuses
 * them. They are funded from the devnet's prefunded accounts before the load starts.
 */
final class LoadAccounts {

  private static final BigInteger FUNDS = new BigInteger("1000000000000000000000");

  private LoadAccounts() {}

  static List<Credentials> derive(final int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                Credentials.create(
                    Numeric.toHexStringNoPrefix(
                        Hash.sha3(
                            ("twinchain-load-account-" + i).getBytes(StandardCharsets.UTF_8)))))
        .toList();
  }

  /** A key file holding one {@code 0x}-prefixed hex private key (the devnet's key files). */
  static Credentials fromKeyFile(final Path file) throws IOException {
    return Credentials.create(Files.readString(file).trim());
  }

  /** Sends each unfunded account {@link #FUNDS} from the funders, then waits until all have it. */
  static void fund(
      final RpcClient rpc,
      final long chainId,
      final List<Credentials> funders,
      final List<Credentials> accounts)
      throws InterruptedException {
    final List<Credentials> unfunded =
        accounts.stream().filter(a -> balance(rpc, a).compareTo(FUNDS.shiftRight(1)) < 0).toList();
    final long[] nonces = funders.stream().mapToLong(f -> pendingNonce(rpc, f)).toArray();
    final List<String> transfers = new ArrayList<>();
    for (int i = 0; i < unfunded.size(); i++) {
      final int funder = i % funders.size();
      final RawTransaction raw =
          RawTransaction.createEtherTransaction(
              BigInteger.valueOf(nonces[funder]++),
              BigInteger.ONE,
              BigInteger.valueOf(21_000),
              unfunded.get(i).getAddress(),
              FUNDS);
      transfers.add(
          Numeric.toHexString(TransactionEncoder.signMessage(raw, chainId, funders.get(funder))));
    }
    if (!transfers.isEmpty()) {
      final List<String> errors = rpc.sendRaw(transfers);
      if (!errors.isEmpty()) {
        throw new IllegalStateException("funding refused: " + errors.getFirst());
      }
    }
    final long deadline = System.nanoTime() + 600_000_000_000L;
    while (unfunded.stream().anyMatch(a -> balance(rpc, a).signum() == 0)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("funding not mined within 600 s");
      }
      Thread.sleep(500);
    }
    System.out.printf("funded %d of %d load accounts%n", unfunded.size(), accounts.size());
  }

  static long pendingNonce(final RpcClient rpc, final Credentials account) {
    return Numeric.decodeQuantity(
            rpc.call("eth_getTransactionCount", account.getAddress(), "pending").asText())
        .longValueExact();
  }

  private static BigInteger balance(final RpcClient rpc, final Credentials account) {
    return Numeric.decodeQuantity(
        rpc.call("eth_getBalance", account.getAddress(), "latest").asText());
  }
}
