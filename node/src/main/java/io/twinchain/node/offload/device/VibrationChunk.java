/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.JsonObject;
import java.util.Optional;

/**
 * One part of a vibration window as a device publishes it in its telemetry: the twin ingestion caps
 * arrays at 256 elements, so a window of 1,024 samples travels as four parts. Telemetry payload:
 * {@code {"vibration": {"window": 17, "part": 0, "parts": 4, "sampleRateHz": 8192, "samples":
 * [0.013, -0.207, ...]}}}, samples in g; it lands in the twin's {@code telemetry} feature, one
 * event per part.
 *
 * @param window the window's sequence number, per device
 * @param part this part's index, 0..parts−1
 * @param parts how many parts the window has
 * @param sampleRateHz samples per second
 * @param samples this part's samples, in g
 */
public record VibrationChunk(long window, int part, int parts, int sampleRateHz, float[] samples) {

  /** The telemetry member holding a chunk. */
  public static final String MEMBER = "vibration";

  /** Most samples per part (the ingestion's array limit). */
  public static final int MAX_SAMPLES = 256;

  /** Validates the indices. */
  public VibrationChunk {
    if (window < 0 || parts < 1 || part < 0 || part >= parts || sampleRateHz <= 0) {
      throw new IllegalArgumentException(
          "bad chunk: window %d part %d of %d at %d Hz"
              .formatted(window, part, parts, sampleRateHz));
    }
    samples = samples.clone();
  }

  /** The telemetry payload carrying this chunk. */
  public ObjectNode toTelemetry() {
    final ObjectNode chunk = JsonNodeFactory.instance.objectNode();
    chunk.put("window", window).put("part", part).put("parts", parts);
    chunk.put("sampleRateHz", sampleRateHz);
    final ArrayNode values = chunk.putArray("samples");
    for (final float sample : samples) {
      values.add(sample);
    }
    final ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.set(MEMBER, chunk);
    return payload;
  }

  /** The chunk in a telemetry patch, if it holds a well-formed one. */
  public static Optional<VibrationChunk> fromTelemetry(final JsonObject patch) {
    return patch.get(MEMBER).filter(JsonNode::isObject).flatMap(VibrationChunk::parse);
  }

  private static Optional<VibrationChunk> parse(final JsonNode chunk) {
    final JsonNode values = chunk.path("samples");
    if (!values.isArray()
        || !chunk.path("window").canConvertToLong()
        || !chunk.path("part").canConvertToInt()
        || !chunk.path("parts").canConvertToInt()
        || !chunk.path("sampleRateHz").canConvertToInt()) {
      return Optional.empty();
    }
    final float[] samples = new float[values.size()];
    for (int i = 0; i < samples.length; i++) {
      if (!values.get(i).isNumber()) {
        return Optional.empty();
      }
      samples[i] = values.get(i).floatValue();
    }
    try {
      return Optional.of(
          new VibrationChunk(
              chunk.path("window").longValue(),
              chunk.path("part").intValue(),
              chunk.path("parts").intValue(),
              chunk.path("sampleRateHz").intValue(),
              samples));
    } catch (final IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof VibrationChunk that
        && window == that.window
        && part == that.part
        && parts == that.parts
        && sampleRateHz == that.sampleRateHz
        && java.util.Arrays.equals(samples, that.samples);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(window, part, parts, sampleRateHz)
        + 31 * java.util.Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "VibrationChunk[window=%d, part=%d/%d, %d samples]"
        .formatted(window, part, parts, samples.length);
  }
}
