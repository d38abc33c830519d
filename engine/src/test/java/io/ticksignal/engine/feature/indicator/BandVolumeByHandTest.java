package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * keltner, donchian, cmf, vwap, vwap(n), volume_ratio and volume_zscore on small inputs, values worked out by hand
 * (the working is in each test).
 */
class BandVolumeByHandTest
{
    private static final double HAND_TOLERANCE = 1e-12;
    private static final long MIDNIGHT_NS = Instant.parse("2024-03-02T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;

    @Test
    void shouldComputeKeltnerByHand()
    {
        // keltner(2, 1.5). EMA(2), k = 2/3: seed (10 + 11) / 2 = 10.5 at bar 1; 10.5 + (12 - 10.5) * 2/3 = 11.5;
        // 11.5 + (13 - 11.5) * 2/3 = 12.5. True ranges from bar 1: 2, 2, max(14 - 10, |14 - 12|, |10 - 12|) = 4.
        // Wilder ATR(2): seed (2 + 2) / 2 = 2 at bar 2; (2 * 1 + 4) / 2 = 3. Bands: 11.5 -/+ 3, then 12.5 -/+ 4.5.
        final Indicator keltner = new Keltner(2, 1.5);
        assertEquals(3, keltner.warmUpCount());
        keltner.update(0, 10, 11, 9, 10, 0);
        keltner.update(1, 11, 12, 10, 11, 0);
        assertFalse(keltner.isWarm());
        assertTrue(Double.isNaN(keltner.value(1)));
        keltner.update(2, 12, 13, 11, 12, 0);
        assertBands(keltner, 8.5, 11.5, 14.5);
        keltner.update(3, 13, 14, 10, 13, 0);
        assertBands(keltner, 8.0, 12.5, 17.0);
    }

    @Test
    void shouldComputeDonchianByHand()
    {
        // donchian(3): highs 5, 7, 6, 4 and lows 1, 3, 2, 0. Bar 2: [1, 7], middle 4; bar 3: [min(3, 2, 0), max(7, 6, 4)].
        final Indicator donchian = new Donchian(3);
        assertEquals(3, donchian.warmUpCount());
        donchian.update(0, 3, 5, 1, 3, 0);
        donchian.update(1, 5, 7, 3, 5, 0);
        assertTrue(Double.isNaN(donchian.value(2)));
        donchian.update(2, 4, 6, 2, 4, 0);
        assertBands(donchian, 1.0, 4.0, 7.0);
        donchian.update(3, 2, 4, 0, 2, 0);
        assertBands(donchian, 0.0, 3.5, 7.0);
    }

    @Test
    void shouldComputeCmfByHand()
    {
        // cmf(2). mfm * v per bar: ((9.5 - 8) - (10 - 9.5)) / 2 * 100 = 50; flat bar 0 * 50 = 0; (0 - 2) / 2 * 200 = -200;
        // (1 - 1) / 2 * 0 = 0; flat 0.
        // Bar 1: 50 / 150; bar 2: -200 / 250; bar 3: -200 / 200; bar 4: no volume in the window, 0.
        final Indicator cmf = new Cmf(2);
        assertEquals(2, cmf.warmUpCount());
        cmf.update(0, 9, 10, 8, 9.5, 100);
        assertTrue(Double.isNaN(cmf.value()));
        cmf.update(1, 10, 10, 10, 10, 50);
        assertEquals(1.0 / 3.0, cmf.value(), HAND_TOLERANCE);
        cmf.update(2, 11, 12, 10, 10, 200);
        assertEquals(-0.8, cmf.value(), HAND_TOLERANCE);
        cmf.update(3, 10, 11, 9, 10, 0);
        assertEquals(-1.0, cmf.value(), HAND_TOLERANCE);
        cmf.update(4, 10, 10, 10, 10, 0);
        assertEquals(0.0, cmf.value());
    }

    @Test
    void shouldRestartSessionVwapAtMidnightUtc()
    {
        // tp = (h + l + c) / 3. Day 1 23:58: tp 10.5, v 100; 1 ns before midnight: tp 11.5, v 300
        // -> (1050 + 3450) / 400 = 11.25. Midnight exactly starts a new session: tp 20, v 0 -> no volume yet, mean tp 20;
        // 00:01: tp 22, v 50 -> (0 + 1100) / 50 = 22; 00:02: tp 24, v 150 -> (1100 + 3600) / 200 = 23.5.
        final Indicator vwap = new Vwap();
        assertEquals(1, vwap.warmUpCount());
        assertFalse(vwap.isWarm());
        vwap.update(MIDNIGHT_NS - 2 * MINUTE_NS, 10, 12, 9, 10.5, 100);
        assertEquals(10.5, vwap.value(), HAND_TOLERANCE);
        vwap.update(MIDNIGHT_NS - 1, 11, 12, 11, 11.5, 300);
        assertEquals(11.25, vwap.value(), HAND_TOLERANCE);
        vwap.update(MIDNIGHT_NS, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 10);
        assertEquals(11.25, vwap.value(), HAND_TOLERANCE, "a rejected update must not start a session");
        vwap.update(MIDNIGHT_NS, 20, 21, 19, 20, 0);
        assertEquals(20.0, vwap.value(), HAND_TOLERANCE);
        vwap.update(MIDNIGHT_NS + MINUTE_NS, 22, 23, 21, 22, 50);
        assertEquals(22.0, vwap.value(), HAND_TOLERANCE);
        vwap.update(MIDNIGHT_NS + 2 * MINUTE_NS, 24, 25, 23, 24, 150);
        assertEquals(23.5, vwap.value(), HAND_TOLERANCE);
        assertEquals(1, vwap.rejectedCount());
    }

    @Test
    void shouldTreatTicksAsBarsOfOnePriceInSessionVwap()
    {
        // Ticks: OHLC = price, so tp = price. (100 * 2 + 101 * 1 + 99 * 1) / 4 = 100; a new UTC day restarts at 105.
        final Indicator vwap = new Vwap();
        vwap.update(MIDNIGHT_NS - 3, 100, 100, 100, 100, 2);
        vwap.update(MIDNIGHT_NS - 2, 101, 101, 101, 101, 1);
        vwap.update(MIDNIGHT_NS - 1, 99, 99, 99, 99, 1);
        assertEquals(100.0, vwap.value(), HAND_TOLERANCE);
        vwap.update(MIDNIGHT_NS + 86_400_000_000_000L, 105, 105, 105, 105, 3);
        assertEquals(105.0, vwap.value(), HAND_TOLERANCE);
    }

    @Test
    void shouldComputeRollingVwapByHandAndFallBackToMeanTypicalPrice()
    {
        // vwap(2), bars with tp = 10, 20, 30, 40 (h = tp + 1, l = tp - 2, c = tp + 1) and volumes 1, 3, 0, 0:
        // (10 * 1 + 20 * 3) / 4 = 17.5; (20 * 3 + 30 * 0) / 3 = 20; no volume: (30 + 40) / 2 = 35.
        final Indicator vwap = new RollingVwap(2);
        assertEquals(2, vwap.warmUpCount());
        vwap.update(0, 10, 11, 8, 11, 1);
        assertTrue(Double.isNaN(vwap.value()));
        vwap.update(1, 20, 21, 18, 21, 3);
        assertEquals(17.5, vwap.value(), HAND_TOLERANCE);
        vwap.update(2, 30, 31, 28, 31, 0);
        assertEquals(20.0, vwap.value(), HAND_TOLERANCE);
        vwap.update(3, 40, 41, 38, 41, 0);
        assertEquals(35.0, vwap.value(), HAND_TOLERANCE);
    }

    @Test
    void shouldComputeVolumeRatioAgainstThePreviousBarsOnly()
    {
        // volume_ratio(2), volumes 100, 300, 400, 0, 0, 50: 400 / ((100 + 300) / 2) = 2; 0 / 350 = 0; 0 / 200 = 0;
        // previous two volumes both 0 -> NaN.
        final Indicator ratio = new VolumeRatio(2);
        assertEquals(3, ratio.warmUpCount());
        final double[] volumes = {100, 300, 400, 0, 0, 50};
        final double[] expected = {Double.NaN, Double.NaN, 2.0, 0.0, 0.0, Double.NaN};
        for (int i = 0; i < volumes.length; i++)
        {
            ratio.update(i, 1, 1, 1, 1, volumes[i]);
            assertEquals(expected[i], ratio.value(), HAND_TOLERANCE, "bar " + i);
            assertEquals(i >= 2, ratio.isWarm(), "bar " + i);
        }
    }

    @Test
    void shouldComputeVolumeZScoreWithPopulationStdDev()
    {
        // volume_zscore(3), volumes 1, 2, 3: mean 2, population variance (1 + 0 + 1) / 3, z = 1 / sqrt(2/3) = sqrt(1.5).
        // Then 3, 3: window 3, 3, 3 is constant -> 0.
        final Indicator zscore = new VolumeZScore(3);
        assertEquals(3, zscore.warmUpCount());
        zscore.update(0, 1, 1, 1, 1, 1);
        zscore.update(1, 1, 1, 1, 1, 2);
        assertTrue(Double.isNaN(zscore.value()));
        zscore.update(2, 1, 1, 1, 1, 3);
        assertEquals(Math.sqrt(1.5), zscore.value(), HAND_TOLERANCE);
        zscore.update(3, 1, 1, 1, 1, 3);
        zscore.update(4, 1, 1, 1, 1, 3);
        assertEquals(0.0, zscore.value());
    }

    private static void assertBands(final Indicator bands, final double lower, final double middle, final double upper)
    {
        assertTrue(bands.isWarm());
        assertEquals(lower, bands.value(0), HAND_TOLERANCE, "lower");
        assertEquals(middle, bands.value(1), HAND_TOLERANCE, "middle");
        assertEquals(upper, bands.value(2), HAND_TOLERANCE, "upper");
    }
}
