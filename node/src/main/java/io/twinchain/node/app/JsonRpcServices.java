/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.node.controller.ControllerQueries;
import io.twinchain.node.metrics.MetricsSystem;
import io.twinchain.node.permissions.PermissionsConfig;
import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.InternalErrorInterceptor;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.MethodRegistry;
import io.twinchain.node.rpc.MetricsInterceptor;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.methods.admin.AdminMethods;
import io.twinchain.node.rpc.methods.ctrl.CtrlMethods;
import io.twinchain.node.rpc.methods.dnn.DnnMethods;
import io.twinchain.node.rpc.methods.eth.EthMethods;
import io.twinchain.node.rpc.methods.net.NetMethods;
import io.twinchain.node.rpc.methods.perm.PermMethods;
import io.twinchain.node.rpc.methods.rep.RepMethods;
import io.twinchain.node.rpc.methods.twin.TwinMethods;
import io.twinchain.node.rpc.methods.twin.TwinQueries;
import io.twinchain.node.rpc.methods.web3.Web3Methods;
import io.twinchain.node.rpc.query.EthQueries;
import io.twinchain.node.rpc.query.NetworkQueries;
import io.twinchain.node.rpc.query.ReputationQueries;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Assembles the JSON-RPC processor from the namespaces a node enables. */
public final class JsonRpcServices {

  /** Default most requests in one batch. */
  public static final int DEFAULT_MAX_BATCH_SIZE = 1024;

  private JsonRpcServices() {}

  /** The JSON mapper every transport shares; rejects trailing garbage after the JSON value. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Every namespace group this node can serve. */
  public static List<ApiGroup> groups(
      final String clientVersion,
      final EthQueries eth,
      final ReputationQueries reputations,
      final NetworkQueries network,
      final PermissionsConfig permissions,
      final ControllerQueries controller,
      final Optional<? extends TwinQueries> twins,
      final DnnMethods dnn) {
    return List.of(
        dnn,
        new Web3Methods(clientVersion),
        new NetMethods(eth.chain(), network),
        new EthMethods(eth),
        new RepMethods(eth.blockchain(), reputations),
        new AdminMethods(network),
        new PermMethods(permissions),
        new CtrlMethods(controller),
        new TwinMethods(twins));
  }

  /** A processor serving the {@code enabled} namespaces of {@code groups}. */
  public static JsonRpcProcessor processor(
      final List<ApiGroup> groups,
      final Set<RpcApi> enabled,
      final MetricsSystem metrics,
      final int maxBatchSize) {
    final MethodRegistry registry = new MethodRegistry(groups, enabled);
    return new JsonRpcProcessor(
        mapper(),
        registry,
        List.of(new MetricsInterceptor(metrics, registry.names()), new InternalErrorInterceptor()),
        maxBatchSize);
  }
}
