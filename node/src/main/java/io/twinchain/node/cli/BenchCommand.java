/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.node.offload.bench.OffloadPathBenchCommand;
import picocli.CommandLine.Command;

/** {@code twinchain bench}: experiments on the node path that write CSV and plots. */
@Command(
    name = "bench",
    description = "Run an experiment on the node path.",
    subcommands = {OffloadPathBenchCommand.class})
final class BenchCommand {}
