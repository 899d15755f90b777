/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Supplies option values the command line did not give: first the environment variable {@code
 * TWINCHAIN_<KEY>} (key upper-cased, dashes as underscores), then the TOML config file's {@code
 * key}, else the option's default. A config file with an unknown key or a value of the wrong shape
 * is refused, naming the key.
 */
final class ConfigDefaultProvider implements CommandLine.IDefaultValueProvider {

  /** Prefix of every environment variable the node reads. */
  static final String ENV_PREFIX = "TWINCHAIN_";

  private final Map<String, String> env;
  private final Optional<TomlParseResult> config;

  private ConfigDefaultProvider(
      final Map<String, String> env, final Optional<TomlParseResult> config) {
    this.env = env;
    this.config = config;
  }

  /** A provider for {@code spec}'s options, reading {@code configFile} if given. */
  static ConfigDefaultProvider create(
      final CommandLine.Model.CommandSpec spec,
      final Map<String, String> env,
      final Optional<Path> configFile) {
    final Optional<TomlParseResult> toml = configFile.map(file -> parse(spec, file));
    toml.ifPresent(parsed -> checkKeys(spec, configFile.get(), parsed));
    return new ConfigDefaultProvider(env, toml);
  }

  static String key(final OptionSpec option) {
    return option.longestName().replaceFirst("^--", "");
  }

  static String envName(final String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  @Override
  public String defaultValue(final ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)) {
      return argument.defaultValue();
    }
    final String key = key(option);
    final String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return fromEnv;
    }
    return config
        .filter(toml -> toml.contains(key))
        .map(toml -> render(toml.get(key)))
        .orElse(option.defaultValue());
  }

  private static String render(final Object value) {
    if (value instanceof TomlArray array) {
      return array.toList().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  private static TomlParseResult parse(final CommandLine.Model.CommandSpec spec, final Path file) {
    try {
      final TomlParseResult toml = Toml.parse(file);
      if (toml.hasErrors()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "config file " + file + " is not valid TOML: " + toml.errors().get(0));
      }
      return toml;
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "config file " + file + " cannot be read: " + e.getMessage());
    }
  }

  private static void checkKeys(
      final CommandLine.Model.CommandSpec spec, final Path file, final TomlParseResult toml) {
    final Set<String> known =
        spec.options().stream().map(ConfigDefaultProvider::key).collect(Collectors.toSet());
    for (final String key : toml.dottedKeySet()) {
      if (!known.contains(key) || key.equals("config")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "config file " + file + ": unknown key '" + key + "'");
      }
      if (toml.isTable(key)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "config file " + file + ": key '" + key + "' must be a value, not a table");
      }
    }
  }
}
