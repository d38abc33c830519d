package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * zscore, percent_rank, ret, logret, skew and kurt on small inputs, values worked out by hand (the working is in
 * each test).
 */
class StatisticsByHandTest
{
    private static final double HAND_TOLERANCE = 1e-12;

    @Test
    void shouldComputeZScoreWithPopulationStdDevAndZeroForAConstantWindow()
    {
        // zscore(4), closes 1, 2, 3, 6: mean 3, deviations -2, -1, 0, 3, variance (4 + 1 + 0 + 9) / 4 = 3.5,
        // z = 3 / sqrt(3.5). Then 6, 6, 6: window 6, 6, 6, 6 is constant -> 0.
        final Indicator zscore = new ZScore(4);
        assertEquals(4, zscore.warmUpCount());
        final double[] closes = {1, 2, 3, 6};
        pushCloses(zscore, closes);
        assertEquals(3.0 / Math.sqrt(3.5), zscore.value(), HAND_TOLERANCE);
        pushCloses(zscore, new double[] {6, 6, 6});
        assertEquals(0.0, zscore.value());
    }

    @Test
    void shouldRankAgainstThePreviousClosesStrictlyBelow()
    {
        // percent_rank(4), closes 10, 20, 20, 30, then 20: of 10, 20, 20, 30 only 10 is strictly below -> 25.
        // Then 25: of 20, 20, 30, 20 three are below -> 75. Then 20 again: of 20, 30, 20, 25 none below -> 0.
        final Indicator rank = new PercentRank(4);
        assertEquals(5, rank.warmUpCount());
        pushCloses(rank, new double[] {10, 20, 20, 30});
        assertTrue(Double.isNaN(rank.value()));
        pushCloses(rank, new double[] {20});
        assertEquals(25.0, rank.value());
        pushCloses(rank, new double[] {25});
        assertEquals(75.0, rank.value());
        pushCloses(rank, new double[] {20});
        assertEquals(0.0, rank.value());
    }

    @Test
    void shouldComputeSimpleReturnAndZeroOverAZeroBase()
    {
        // ret(2): 121 / 100 - 1 = 0.21; then closes 0, 5, 10: 0 / 110 - 1 = -1, 5 / 121 - 1, and 10 over a zero base -> 0.
        final Indicator ret = new Ret(2);
        assertEquals(3, ret.warmUpCount());
        pushCloses(ret, new double[] {100, 110});
        assertTrue(Double.isNaN(ret.value()));
        pushCloses(ret, new double[] {121});
        assertEquals(0.21, ret.value(), HAND_TOLERANCE);
        pushCloses(ret, new double[] {0});
        assertEquals(-1.0, ret.value(), HAND_TOLERANCE);
        pushCloses(ret, new double[] {5, 10});
        assertEquals(0.0, ret.value());
    }

    @Test
    void shouldComputeLogReturnAndRejectNonPositivePrices()
    {
        // logret(2): ln(121 / 100) = 2 ln(1.1); 0 and -1 are rejected; then 133.1: ln(133.1 / 110) = 2 ln(1.1).
        final Indicator logret = new LogRet(2);
        assertEquals(3, logret.warmUpCount());
        pushCloses(logret, new double[] {100, 110, 121});
        assertEquals(2.0 * Math.log(1.1), logret.value(), HAND_TOLERANCE);
        pushCloses(logret, new double[] {0, -1});
        assertEquals(2, logret.rejectedCount());
        assertEquals(2.0 * Math.log(1.1), logret.value(), HAND_TOLERANCE);
        pushCloses(logret, new double[] {133.1});
        assertEquals(2.0 * Math.log(1.1), logret.value(), HAND_TOLERANCE);
    }

    @Test
    void shouldComputeSampleSkewnessOfLogReturns()
    {
        // skew(3), closes 1, 2, 4, 32: log returns ln 2 * (1, 1, 3); skewness is scale-free, so take x = 1, 1, 3:
        // mean 5/3, deviations -2/3, -2/3, 4/3; m2 = 8/9, m3 = 16/27; g1 = m3 / m2^1.5 = 1 / sqrt(2);
        // G1 = sqrt(3 * 2) / (3 - 2) * g1 = sqrt(3). Constant returns (closes 32, 64, 128, 256 double) -> 0.
        final Indicator skew = new Skew(3);
        assertEquals(4, skew.warmUpCount());
        pushCloses(skew, new double[] {1, 2, 4});
        assertTrue(Double.isNaN(skew.value()));
        pushCloses(skew, new double[] {32});
        assertEquals(Math.sqrt(3.0), skew.value(), 1e-9);
        pushCloses(skew, new double[] {64, 128, 256});
        assertEquals(0.0, skew.value());
    }

    @Test
    void shouldComputeSampleExcessKurtosisOfLogReturns()
    {
        // kurt(4), closes 1, 2, 4, 8, 256: log returns ln 2 * (1, 1, 1, 5); take x = 1, 1, 1, 5: mean 2, deviations
        // -1, -1, -1, 3; m2 = 12 / 4 = 3, m4 = 84 / 4 = 21; G2 = ((n + 1) m4 / m2^2 - 3(n - 1)) (n - 1) / ((n - 2)(n - 3))
        // = (5 * 21 / 9 - 9) * 3 / 2 = 4. Flat closes (zero returns) -> 0.
        final Indicator kurt = new Kurt(4);
        assertEquals(5, kurt.warmUpCount());
        pushCloses(kurt, new double[] {1, 2, 4, 8});
        assertTrue(Double.isNaN(kurt.value()));
        pushCloses(kurt, new double[] {256});
        assertEquals(4.0, kurt.value(), 1e-9);
        pushCloses(kurt, new double[] {256, 256, 256, 256});
        assertEquals(0.0, kurt.value());
    }

    private static void pushCloses(final Indicator indicator, final double[] closes)
    {
        for (final double close : closes)
        {
            indicator.update(0, close, close, close, close, 1.0);
        }
    }
}
