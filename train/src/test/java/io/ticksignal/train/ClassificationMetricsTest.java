package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Metrics on hand examples.
 */
final class ClassificationMetricsTest
{
    @Test
    void shouldComputeBinaryMetricsByHand()
    {
        final double[][] p = {{0.1, 0.9}, {0.8, 0.2}, {0.4, 0.6}, {0.6, 0.4}};
        final Map<String, Double> metrics = ClassificationMetrics.of(p, new int[] {1, 0, 0, 1});
        assertEquals(0.5, metrics.get("accuracy"), 1e-15);
        // positives score 0.9 and 0.4, negatives 0.2 and 0.6: 3 of 4 pairs ordered right.
        assertEquals(0.75, metrics.get("rocAuc"), 1e-15);
        assertEquals(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.4)) / 4,
            metrics.get("logLoss"), 1e-15);
        assertEquals((0.01 + 0.04 + 0.36 + 0.36) / 4, metrics.get("brier"), 1e-15);
        // one row per bin: |0.9 - 1|, |0.2 - 0|, |0.6 - 0|, |0.4 - 1|.
        assertEquals((0.1 + 0.2 + 0.6 + 0.6) / 4, metrics.get("ece"), 1e-15);
    }

    @Test
    void shouldComputeThreeClassMetricsByHand()
    {
        final double[][] p = {{0.7, 0.2, 0.1}, {0.2, 0.3, 0.5}, {0.1, 0.6, 0.3}};
        final Map<String, Double> metrics = ClassificationMetrics.of(p, new int[] {0, 2, 2});
        assertEquals(2.0 / 3.0, metrics.get("accuracy"), 1e-15);
        // P(UP) one-vs-rest: UP rows 0.5 and 0.3, the other 0.1: both pairs right.
        assertEquals(1.0, metrics.get("rocAuc"), 1e-15);
        assertEquals(-(Math.log(0.7) + Math.log(0.5) + Math.log(0.3)) / 3, metrics.get("logLoss"), 1e-15);
        final double brier = (0.09 + 0.04 + 0.01) + (0.04 + 0.09 + 0.25) + (0.01 + 0.36 + 0.49);
        assertEquals(brier / 3, metrics.get("brier"), 1e-15);
        // top-label confidence 0.7 (right), 0.5 (right), 0.6 (wrong): bins 7, 5, 6.
        assertEquals((0.3 + 0.5 + 0.6) / 3, metrics.get("ece"), 1e-15);
    }
}
