package io.ticksignal.replay.backtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Signal-quality measures against hand-computed values; tolerance 1e-12.
 */
class SignalQualityTest
{
    private static final double EPS = 1e-12;
    private static final double[] P_UP = {0.9, 0.6, 0.4, 0.2};
    private static final double[] OUTCOMES = {1.0, 0.0, 1.0, 0.0};

    @Test
    void shouldCountHitsOverDirectionalSignalsOnly()
    {
        // BUY/up hit, BUY/down miss, HOLD skipped, SELL/down hit -> 2 / 3
        assertEquals(2.0 / 3.0, SignalQuality.hitRate(new int[]{1, 1, 0, -1}, OUTCOMES), EPS);
        assertEquals(Double.NaN, SignalQuality.hitRate(new int[]{0, 0}, new double[]{1.0, 0.0}));
    }

    @Test
    void shouldComputeAucByMannWhitney()
    {
        // pairs (pos, neg): (0.9,0.6) (0.9,0.2) (0.4,0.2) win, (0.4,0.6) loses -> 3 / 4
        assertEquals(0.75, SignalQuality.rocAuc(P_UP, OUTCOMES), EPS);
        // a tie between a positive and a negative counts one half: (0.5,0.5) tie + (0.5 vs 0.1) win -> 1.5 / 2
        assertEquals(0.75, SignalQuality.rocAuc(new double[]{0.5, 0.5, 0.1}, new double[]{1.0, 0.0, 0.0}), EPS);
        assertEquals(Double.NaN, SignalQuality.rocAuc(P_UP, new double[]{1.0, 1.0, 1.0, 1.0}));
    }

    @Test
    void shouldComputeLogLossWithClipping()
    {
        // -(ln 0.9 + ln 0.4 + ln 0.4 + ln 0.8) / 4
        final double expected = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.4) + Math.log(0.8)) / 4;
        assertEquals(expected, SignalQuality.logLoss(P_UP, OUTCOMES), EPS);
        // p = 0 for an up outcome is clipped to 1e-15: -ln(1e-15)
        assertEquals(-Math.log(1e-15), SignalQuality.logLoss(new double[]{0.0}, new double[]{1.0}), 1e-9);
    }

    @Test
    void shouldComputeBrierScore()
    {
        // (0.01 + 0.36 + 0.36 + 0.04) / 4
        assertEquals(0.1925, SignalQuality.brier(P_UP, OUTCOMES), EPS);
    }

    @Test
    void shouldBinPredictionsIntoDeciles()
    {
        final CalibrationTable table = SignalQuality.calibration(
            new double[]{0.05, 0.91, 0.95, 1.0, 0.5}, new double[]{0.0, 1.0, 0.0, 1.0, 1.0}, 10);
        assertEquals(10, table.bins());
        assertEquals(1, table.count(0));
        assertEquals(3, table.count(9));
        // bin 9: mean(0.91, 0.95, 1.0), realised 2 / 3
        assertEquals((0.91 + 0.95 + 1.0) / 3, table.meanPredicted(9), EPS);
        assertEquals(2.0 / 3.0, table.realisedFrequency(9), EPS);
        assertEquals(1, table.count(5));
        assertEquals(Double.NaN, table.meanPredicted(3));
        assertEquals(0.3, table.lowerEdge(3), EPS);
    }
}
