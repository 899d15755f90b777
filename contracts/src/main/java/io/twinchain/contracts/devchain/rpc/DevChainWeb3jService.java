/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reactivex.Flowable;
import io.twinchain.contracts.devchain.DevChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.web3j.protocol.ObjectMapperFactory;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.websocket.events.Notification;

/**
 * A web3j transport that answers JSON-RPC in-process from a {@link DevChain} instead of over HTTP:
 * each request is serialised to JSON exactly as web3j would send it, dispatched to one {@link
 * DevRpcMethod} per method, and the JSON response is parsed back by web3j's own deserialisers. So
 * generated contract wrappers, {@code RawTransactionManager} and receipt polling run unchanged
 * against the ledger's real execution.
 */
public final class DevChainWeb3jService implements Web3jService {

  private final ObjectMapper mapper = new ObjectMapper();
  private final tools.jackson.databind.ObjectMapper web3jMapper =
      ObjectMapperFactory.getObjectMapper();
  private final Map<String, DevRpcMethod> methods;

  /** A transport over {@code chain} serving the Ethereum methods web3j clients need. */
  public DevChainWeb3jService(final DevChain chain) {
    this.methods =
        List.of(
                new EthChainId(chain),
                new NetVersion(chain),
                new EthBlockNumber(chain),
                new EthGasPrice(chain),
                new EthGetTransactionCount(chain),
                new EthGetBalance(chain),
                new EthGetCode(chain),
                new EthGetStorageAt(chain),
                new EthSendRawTransaction(chain),
                new EthGetTransactionReceipt(chain),
                new EthCall(chain),
                new EthEstimateGas(chain),
                new EthGetProof(chain),
                new EthGetBlockByNumber(chain))
            .stream()
            .collect(Collectors.toUnmodifiableMap(DevRpcMethod::name, Function.identity()));
  }

  /** Answers one JSON-RPC request object with a response object. */
  public JsonNode handle(final JsonNode request) {
    final ObjectNode response = mapper.createObjectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", request.path("id"));
    final DevRpcMethod method = methods.get(request.path("method").asText());
    try {
      if (method == null) {
        throw new DevRpcException(
            -32601, "method not found: " + request.path("method").asText(), Optional.empty());
      }
      response.set("result", method.execute(request.path("params")));
    } catch (DevRpcException e) {
      final ObjectNode error = response.putObject("error");
      error.put("code", e.code());
      error.put("message", e.getMessage());
      e.data().ifPresent(data -> error.put("data", data));
    }
    return response;
  }

  @Override
  public <T extends Response> T send(final Request request, final Class<T> responseType)
      throws IOException {
    final JsonNode json = mapper.readTree(web3jMapper.writeValueAsString(request));
    return web3jMapper.readValue(mapper.writeValueAsString(handle(json)), responseType);
  }

  @Override
  public <T extends Response> CompletableFuture<T> sendAsync(
      final Request request, final Class<T> responseType) {
    try {
      return CompletableFuture.completedFuture(send(request, responseType));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public BatchResponse sendBatch(final BatchRequest batch) throws IOException {
    final List<Response<?>> responses = new ArrayList<>();
    for (Request<?, ? extends Response<?>> request : batch.getRequests()) {
      responses.add(send(request, request.getResponseType()));
    }
    return new BatchResponse(batch.getRequests(), responses);
  }

  @Override
  public CompletableFuture<BatchResponse> sendBatchAsync(final BatchRequest batch) {
    try {
      return CompletableFuture.completedFuture(sendBatch(batch));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T extends Notification<?>> Flowable<T> subscribe(
      final Request request, final String unsubscribeMethod, final Class<T> responseType) {
    return Flowable.error(
        new UnsupportedOperationException("the in-process dev chain has no subscriptions"));
  }

  @Override
  public void close() {
    // Nothing to release: the chain belongs to whoever created it.
  }
}
