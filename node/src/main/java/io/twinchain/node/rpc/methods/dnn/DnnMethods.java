/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.dnn;

import io.twinchain.node.offload.gateway.PartitionHistory;
import io.twinchain.node.rpc.ApiGroup;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.offload.zoo.ModelZoo;
import java.util.List;

/** The {@code dnn_} namespace: the model zoo and the partitions the twins' DNNs ran with. */
public final class DnnMethods implements ApiGroup {

  private final ModelZoo zoo;
  private final PartitionHistory history;

  public DnnMethods(final ModelZoo zoo, final PartitionHistory history) {
    this.zoo = zoo;
    this.history = history;
  }

  @Override
  public RpcApi api() {
    return RpcApi.DNN;
  }

  @Override
  public List<JsonRpcMethod> methods() {
    return List.of(new DnnGetModels(zoo), new DnnGetPartition(history));
  }
}
