/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Besu-format allowlist file: changes persist, bad files are refused by key, reload keeps old
 * lists on error.
 */
class PermissionsConfigTest {

  private static final String NODE = "enode://" + "ab".repeat(64) + "@10.0.0.1:30303";
  private static final String ACCOUNT = "0xFE3B557E8Fb62b89F4916B721be55cEb828dBd73";

  @TempDir Path dir;

  @Test
  void changesPersistAndReloadFromDisk() {
    final Path file = dir.resolve("permissions_config.toml");
    final PermissionsConfig config = PermissionsConfig.load(file);
    assertThat(config.addNodes(List.of(NODE))).isEqualTo(AllowlistResult.SUCCESS);
    assertThat(config.addAccounts(List.of(ACCOUNT))).isEqualTo(AllowlistResult.SUCCESS);
    final PermissionsConfig reread = PermissionsConfig.load(file);
    assertThat(reread.nodes()).extracting(Object::toString).containsExactly(NODE);
    assertThat(reread.accounts())
        .extracting(Object::toString)
        .containsExactly(ACCOUNT.toLowerCase(java.util.Locale.ROOT));
    assertThat(reread.addAccounts(List.of(ACCOUNT.toLowerCase(java.util.Locale.ROOT))))
        .isEqualTo(AllowlistResult.ERROR_EXISTING_ENTRY);
  }

  @Test
  void aBadFileIsRefusedNamingTheKeyAndReloadKeepsTheOldLists() throws Exception {
    final Path file = dir.resolve("permissions_config.toml");
    Files.writeString(file, "nodes-allowlist=[\"" + NODE + "\"]\n");
    final PermissionsConfig config = PermissionsConfig.load(file);
    Files.writeString(file, "nodes-allowlist=[\"enode://broken\"]\n");
    assertThatThrownBy(config::reload)
        .isInstanceOf(InvalidPermissionsConfigException.class)
        .hasMessageContaining("nodes-allowlist");
    assertThat(config.nodes()).extracting(Object::toString).containsExactly(NODE);
    Files.writeString(file, "nodes-allowlist=[]\nnode-allowlist=[]\n");
    assertThatThrownBy(config::reload)
        .hasMessageContaining("node-allowlist")
        .hasMessageContaining("not a known key");
    Files.writeString(file, "accounts-allowlist=\"0x1\"\n");
    assertThatThrownBy(config::reload)
        .hasMessageContaining("accounts-allowlist")
        .hasMessageContaining("array");
  }

  @Test
  void aChangeThatCannotBePersistedIsRolledBack() throws Exception {
    final Path readOnly = dir.resolve("ro");
    Files.createDirectories(readOnly);
    final PermissionsConfig config =
        PermissionsConfig.load(readOnly.resolve("permissions_config.toml"));
    readOnly.toFile().setWritable(false);
    try {
      final AllowlistResult result = config.addNodes(List.of(NODE));
      if (Files.isWritable(readOnly)) {
        return; // running as a user who ignores permissions: nothing to observe
      }
      assertThat(result).isEqualTo(AllowlistResult.ERROR_PERSIST_FAILED);
      assertThat(config.nodes()).isEmpty();
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }
}
