/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks whose messages name the option's config key. */
final class OptionChecks {

  private OptionChecks() {}

  static void port(final CommandSpec spec, final String key, final int value) {
    if (value < 0 || value > 65535) {
      throw new ParameterException(
          spec.commandLine(), key + ": " + value + " is not a port (0..65535)");
    }
  }

  static void atLeast(final CommandSpec spec, final String key, final int value, final int min) {
    if (value < min) {
      throw new ParameterException(
          spec.commandLine(), key + ": " + value + " is below the minimum " + min);
    }
  }
}
