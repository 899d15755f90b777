/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.txpool;

import io.twinchain.node.permissions.AccountAddress;
import io.twinchain.node.permissions.PermissionsConfig;
import java.util.List;
import java.util.function.Predicate;
import org.web3j.abi.datatypes.Address;

/**
 * The {@code accounts-allowlist} of the node's {@code permissions_config.toml} as the pool's sender
 * check, read live so {@code perm_addAccountsToAllowlist} and reloads apply at once.
 *
 * <p>[RECON] A-TXPOOL-EMPTY-ACCOUNTS-ALLOWLIST: an empty list permits every sender, so a node
 * without account permissioning configured accepts transactions; once one account is listed, only
 * listed accounts may send.
 */
public final class AccountsAllowlist implements Predicate<Address> {

  private final PermissionsConfig permissions;

  /** The accounts allowlist of {@code permissions}. */
  public AccountsAllowlist(final PermissionsConfig permissions) {
    this.permissions = permissions;
  }

  @Override
  public boolean test(final Address sender) {
    final List<AccountAddress> accounts = permissions.accounts();
    return accounts.isEmpty()
        || AccountAddress.parse(sender.getValue()).map(accounts::contains).orElse(false);
  }
}
