/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code processes.json} in the devnet folder: the PID and start time of every process the devnet
 * started. A PID counts as ours only while a process with that PID and that start time exists, so a
 * recycled PID is never signalled.
 */
public final class ProcessTable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;

  public ProcessTable(final Path dataDir) {
    this.file = dataDir.resolve("processes.json");
  }

  /** Records {@code process} as the running instance of {@code name}. */
  public synchronized void put(final String name, final ProcessHandle process) throws IOException {
    final ObjectNode json = load();
    final ObjectNode entry = json.putObject(name);
    entry.put("pid", process.pid());
    entry.put("started", startOf(process).map(Instant::toEpochMilli).orElse(0L));
    save(json);
  }

  /** Forgets {@code name}. */
  public synchronized void remove(final String name) throws IOException {
    final ObjectNode json = load();
    json.remove(name);
    save(json);
  }

  /** The live process recorded for {@code name}, if it still runs. */
  public synchronized Optional<ProcessHandle> alive(final String name) throws IOException {
    final JsonNode entry = load().path(name);
    if (!entry.has("pid")) {
      return Optional.empty();
    }
    final long started = entry.path("started").asLong();
    return ProcessHandle.of(entry.path("pid").asLong())
        .filter(ProcessHandle::isAlive)
        .filter(p -> startOf(p).map(Instant::toEpochMilli).orElse(0L) == started);
  }

  /** The recorded PID of {@code name}, alive or not. */
  public synchronized Optional<Long> pid(final String name) throws IOException {
    final JsonNode pid = load().path(name).path("pid");
    return pid.isNumber() ? Optional.of(pid.asLong()) : Optional.empty();
  }

  private static Optional<Instant> startOf(final ProcessHandle process) {
    return process.info().startInstant();
  }

  private ObjectNode load() throws IOException {
    if (!Files.exists(file)) {
      return MAPPER.createObjectNode();
    }
    return MAPPER.readTree(file.toFile()) instanceof ObjectNode json
        ? json
        : MAPPER.createObjectNode();
  }

  private void save(final ObjectNode json) throws IOException {
    final Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), json);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
