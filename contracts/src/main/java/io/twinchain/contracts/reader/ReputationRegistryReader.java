/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.reader;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.BlockHashLookup;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.genesis.SystemContract;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Reads the ReputationRegistry system contract in the state of any stored block, by a read-only EVM
 * call at that block's state root: what consensus uses as the reputation stake (spec §3.2). Values
 * are fixed point scaled by 1e18 ({@code FixedPointEwma.ONE}).
 */
public final class ReputationRegistryReader {

  /** Gas for one read; the decay loop over empty slots is bounded well below it. */
  static final long READ_GAS = 10_000_000;

  private static final Address REGISTRY =
      Addresses.fromBytes(SystemContract.REPUTATION_REGISTRY.addressBytes());

  private final ReadOnlyCalls calls;
  private final long chainId;

  /** A reader executing on the states {@code calls} reaches, for chain {@code chainId}. */
  public ReputationRegistryReader(final ReadOnlyCalls calls, final long chainId) {
    this.calls = calls;
    this.chainId = chainId;
  }

  /**
   * R_k(slot): the AP's reputation at the start of {@code slot} as recorded in the state after
   * {@code block}; R_init for an AP without receipts.
   *
   * @throws MissingStateException if that block's state is not available
   */
  public long reputationAt(final BlockHeader block, final Address ap, final long slot)
      throws MissingStateException {
    final List<Type> out =
        call(
            block,
            new Function(
                "reputationAt",
                List.of(ap, new Uint64(BigInteger.valueOf(slot))),
                List.of(new TypeReference<Uint64>() {})));
    return ((Uint64) out.getFirst()).getValue().longValueExact();
  }

  /**
   * η, the EWMA weight the registry applies, in the state after {@code block}.
   *
   * @throws MissingStateException if that block's state is not available
   */
  public long eta(final BlockHeader block) throws MissingStateException {
    final List<Type> out =
        call(block, new Function("eta", List.of(), List.of(new TypeReference<Uint64>() {})));
    return ((Uint64) out.getFirst()).getValue().longValueExact();
  }

  /**
   * R_k(slot) of every AP that has receipts in the state after {@code block}, in order of first
   * receipt.
   *
   * @throws MissingStateException if that block's state is not available
   */
  public Map<Address, Long> reputationsAt(final BlockHeader block, final long slot)
      throws MissingStateException {
    final Map<Address, Long> reputations = new LinkedHashMap<>();
    for (Address ap : aps(block)) {
      reputations.put(ap, reputationAt(block, ap, slot));
    }
    return reputations;
  }

  @SuppressWarnings("unchecked")
  private List<Address> aps(final BlockHeader block) throws MissingStateException {
    final List<Type> out =
        call(
            block,
            new Function("aps", List.of(), List.of(new TypeReference<DynamicArray<Address>>() {})));
    return ((DynamicArray<Address>) out.getFirst()).getValue();
  }

  @SuppressWarnings("rawtypes")
  private List<Type> call(final BlockHeader block, final Function function)
      throws MissingStateException {
    final CallResult result =
        calls.call(
            block.stateRoot(),
            BlockContext.of(chainId, block, BlockHashLookup.NONE),
            CallRequest.of(
                REGISTRY, Bytes.fromHexString(FunctionEncoder.encode(function)), READ_GAS));
    if (!result.success()) {
      throw new IllegalStateException(
          "ReputationRegistry."
              + function.getName()
              + " failed in block "
              + block.number()
              + ": "
              + result.error().orElse("")
              + " "
              + result.returnData());
    }
    return FunctionReturnDecoder.decode(
        result.returnData().toHexString(), function.getOutputParameters());
  }
}
