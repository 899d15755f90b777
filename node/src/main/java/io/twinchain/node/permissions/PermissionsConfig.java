/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import io.twinchain.node.keys.NodeId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node and account allowlists of one {@code permissions_config.toml}, kept in memory, persisted
 * on every successful change (a change that cannot be persisted is rolled back) and reloadable from
 * the file. Thread-safe.
 */
public final class PermissionsConfig {
  private static final Logger LOG = LoggerFactory.getLogger(PermissionsConfig.class);

  private final PermissionsFile file;
  private final Allowlist<EnodeUrl> nodes = new Allowlist<>(EnodeUrl::parse);
  private final Allowlist<AccountAddress> accounts = new Allowlist<>(AccountAddress::parse);
  private final List<Consumer<List<EnodeUrl>>> nodeListeners = new CopyOnWriteArrayList<>();

  private PermissionsConfig(final PermissionsFile file) {
    this.file = file;
  }

  /** Loads {@code path}; a missing file is created empty. */
  public static PermissionsConfig load(final Path path) {
    final PermissionsConfig config = new PermissionsConfig(new PermissionsFile(path));
    config.reload();
    return config;
  }

  /** Is a node with this id on the allowlist (at any host and port)? */
  public synchronized boolean isNodeAllowed(final NodeId id) {
    return nodes.entries().stream().anyMatch(enode -> enode.nodeId().equals(id));
  }

  public synchronized List<EnodeUrl> nodes() {
    return nodes.entries();
  }

  public synchronized List<AccountAddress> accounts() {
    return accounts.entries();
  }

  public AllowlistResult addNodes(final List<String> enodes) {
    return changeNodes(() -> nodes.add(enodes));
  }

  public AllowlistResult removeNodes(final List<String> enodes) {
    return changeNodes(() -> nodes.remove(enodes));
  }

  public synchronized AllowlistResult addAccounts(final List<String> addresses) {
    return persistOrRollBack(() -> accounts.add(addresses));
  }

  public synchronized AllowlistResult removeAccounts(final List<String> addresses) {
    return persistOrRollBack(() -> accounts.remove(addresses));
  }

  /**
   * Re-reads the file; throws {@link InvalidPermissionsConfigException} and keeps the old lists.
   */
  public void reload() {
    final List<EnodeUrl> loaded;
    synchronized (this) {
      final PermissionsFile.Content content = file.read();
      nodes.replace(
          nodes
              .parseAll(content.nodes())
              .orElseThrow(
                  () -> file.invalid(PermissionsFile.NODES_KEY, "holds a malformed enode")));
      accounts.replace(
          accounts
              .parseAll(content.accounts())
              .orElseThrow(
                  () -> file.invalid(PermissionsFile.ACCOUNTS_KEY, "holds a malformed address")));
      loaded = nodes.entries();
    }
    LOG.info(
        "Loaded permissions from {}: {} nodes, {} accounts",
        file.path(),
        loaded.size(),
        accounts().size());
    nodeListeners.forEach(listener -> listener.accept(loaded));
  }

  /** Called with the new node list after every change or reload (e.g. to drop removed peers). */
  public void onNodesChanged(final Consumer<List<EnodeUrl>> listener) {
    nodeListeners.add(listener);
  }

  public Path path() {
    return file.path();
  }

  private AllowlistResult changeNodes(final Supplier<AllowlistResult> change) {
    final AllowlistResult result;
    final List<EnodeUrl> current;
    synchronized (this) {
      result = persistOrRollBack(change);
      current = nodes.entries();
    }
    if (result == AllowlistResult.SUCCESS) {
      nodeListeners.forEach(listener -> listener.accept(current));
    }
    return result;
  }

  private AllowlistResult persistOrRollBack(final Supplier<AllowlistResult> change) {
    final List<EnodeUrl> nodesBefore = nodes.entries();
    final List<AccountAddress> accountsBefore = accounts.entries();
    final AllowlistResult result = change.get();
    if (result != AllowlistResult.SUCCESS) {
      return result;
    }
    try {
      file.write(nodes.entries(), accounts.entries());
      return result;
    } catch (IOException e) {
      LOG.warn("Cannot persist permissions to {}: {}", file.path(), e.getMessage());
      nodes.replace(nodesBefore);
      accounts.replace(accountsBefore);
      return AllowlistResult.ERROR_PERSIST_FAILED;
    }
  }
}
