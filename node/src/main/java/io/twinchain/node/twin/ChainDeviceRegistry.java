/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.registry.DeviceRegistration;
import io.twinchain.twin.registry.DeviceRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Bytes32;

/**
 * The gateway's configured devices, then the devices TwinRegistry (on chain, at the head) binds to
 * this gateway's account. Chain answers are cached until the next canonical block, so the
 * ingestion's writer does not run the EVM for every message.
 *
 * <p>Assumption A-TWIN-CHAIN-DEVICES: a device's TwinRegistry id is {@code
 * keccak256(utf8(thingId))} with the thing id {@code namespace:device}; a gateway takes on-chain
 * devices in one namespace (the devices file's {@code chain-namespace}). On-chain devices have no
 * broker credentials.
 */
final class ChainDeviceRegistry implements DeviceRegistry {

  private static final long CALL_GAS = 100_000;

  private final DeviceRegistry configured;
  private final Function<CallRequest, Optional<CallResult>> headCall;
  private final Address account;
  private final GatewayId gateway;
  private final String namespace;
  private final Map<DeviceId, Optional<DeviceRegistration>> cache = new ConcurrentHashMap<>();

  /**
   * @param configured the devices of the gateway's configuration, asked first
   * @param headCall read-only calls on the head state
   * @param events canonical blocks, which invalidate the cache
   * @param account the gateway's account (its node key)
   * @param gateway the gateway id in topics
   * @param namespace the namespace of on-chain devices
   */
  ChainDeviceRegistry(
      final DeviceRegistry configured,
      final Function<CallRequest, Optional<CallResult>> headCall,
      final ChainEvents events,
      final Address account,
      final GatewayId gateway,
      final String namespace) {
    this.configured = configured;
    this.headCall = headCall;
    this.account = account;
    this.gateway = gateway;
    this.namespace = namespace;
    events.onCanonicalBlock(block -> cache.clear());
  }

  @Override
  public Optional<DeviceRegistration> find(final DeviceId deviceId) {
    return configured.find(deviceId).or(() -> cache.computeIfAbsent(deviceId, this::onChain));
  }

  private Optional<DeviceRegistration> onChain(final DeviceId deviceId) {
    final ThingId thingId = new ThingId(namespace, deviceId.value());
    final byte[] key =
        Keccak256.hash(Bytes.wrap(thingId.toString().getBytes(StandardCharsets.UTF_8)))
            .toArrayUnsafe();
    final org.web3j.abi.datatypes.Function gatewayOf =
        new org.web3j.abi.datatypes.Function(
            "gatewayOf", List.of(new Bytes32(key)), List.of(new TypeReference<Address>() {}));
    final Bytes data = Bytes.fromHexString(FunctionEncoder.encode(gatewayOf));
    return headCall
        .apply(CallRequest.of(new Address(SystemContract.TWIN_REGISTRY.address()), data, CALL_GAS))
        .filter(CallResult::success)
        .map(
            result ->
                FunctionReturnDecoder.decode(
                    result.returnData().toHexString(), gatewayOf.getOutputParameters()))
        .filter(values -> !values.isEmpty())
        .map(values -> (Address) values.getFirst())
        .filter(account::equals)
        .map(bound -> new DeviceRegistration(deviceId, gateway, namespace, Optional.empty()));
  }
}
