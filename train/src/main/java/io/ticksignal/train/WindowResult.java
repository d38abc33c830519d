package io.ticksignal.train;

import java.util.Map;

/**
 * What one fold gave: its row counts and the metrics of each part.
 *
 * @param name           {@code split} or {@code windowN}.
 * @param fitRows        rows the model was fitted on.
 * @param validationRows rows calibration and thresholds were fitted on.
 * @param testRows       rows only measured.
 * @param metrics        part ({@code train}, {@code validation}, {@code test}) to metric name to value.
 */
public record WindowResult(
    String name, int fitRows, int validationRows, int testRows, Map<String, Map<String, Double>> metrics)
{
}
