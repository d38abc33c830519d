package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Indicators TA-Lib lacks (hma, zlema, vwma, and the band, volume and statistics cases): hand-computed values on small inputs, and a naive
 * full-window recomputation of the documented formula on real and synthetic bars.
 */
class NaiveReferenceTest
{
    private static final double HAND_TOLERANCE = 1e-12;

    static java.util.List<IndicatorCase> naiveCases()
    {
        final java.util.List<IndicatorCase> cases = new java.util.ArrayList<>(NaiveCases.cases());
        cases.addAll(NaiveBandVolumeCases.cases());
        cases.addAll(NaiveStatisticsCases.cases());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("naiveCases")
    void shouldMatchNaiveRecomputationOnAppleBars(final IndicatorCase indicatorCase)
    {
        IndicatorAssertions.assertMatches(indicatorCase, AppleDailyBars.bars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("naiveCases")
    void shouldMatchNaiveRecomputationOnSyntheticBars(final IndicatorCase indicatorCase)
    {
        IndicatorAssertions.assertMatches(indicatorCase, SyntheticBars.bars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("naiveCases")
    void shouldRepeatExactlyAfterReset(final IndicatorCase indicatorCase)
    {
        final BarSeries bars = SyntheticBars.bars();
        final Indicator indicator = indicatorCase.newIndicator();
        final double[][] first = IndicatorAssertions.run(indicator, bars);
        assertTrue(indicator.isWarm());
        indicator.reset();
        assertFalse(indicator.isWarm());
        assertTrue(Double.isNaN(indicator.value()));
        assertEquals(0, indicator.rejectedCount());
        final double[][] second = IndicatorAssertions.run(indicator, bars);
        for (int output = 0; output < first.length; output++)
        {
            assertArrayEquals(first[output], second[output], indicatorCase + "." + indicator.outputName(output));
        }
    }

    @Test
    void shouldTrackALinearSeriesExactlyWithHma()
    {
        // On x = t, wma(m) lags by (m - 1) / 3: 2 * (t - 1/3) - (t - 1) = t + 1/3, and wma(2) of that is t.
        final Indicator hma = new Hma(4);
        assertEquals(5, hma.warmUpCount());
        final double[] closes = {1, 2, 3, 4, 5, 6};
        for (int i = 0; i < closes.length; i++)
        {
            hma.update(i, closes[i], closes[i], closes[i], closes[i], 1.0);
            if (i < 4)
            {
                assertTrue(Double.isNaN(hma.value()), "bar " + i);
            }
            else
            {
                assertEquals(closes[i], hma.value(), HAND_TOLERANCE, "bar " + i);
            }
        }
    }

    @Test
    void shouldComputeZlemaByHand()
    {
        // zlema(3): lag 1, de-lagged 3, 4, 5, 6 from bar 1; seed (3 + 4 + 5) / 3 = 4 at bar 3; then 4 + (6 - 4) / 2 = 5.
        final Indicator zlema = new Zlema(3);
        assertEquals(4, zlema.warmUpCount());
        final double[] expected = {Double.NaN, Double.NaN, Double.NaN, 4.0, 5.0};
        for (int i = 0; i < expected.length; i++)
        {
            final double close = i + 1;
            zlema.update(i, close, close, close, close, 1.0);
            assertEquals(expected[i], zlema.value(), HAND_TOLERANCE, "bar " + i);
        }
    }

    @Test
    void shouldComputeVwmaByHandAndFallBackToSmaWithoutVolume()
    {
        final Indicator vwma = new Vwma(2);
        vwma.update(0, 10, 10, 10, 10, 1);
        assertTrue(Double.isNaN(vwma.value()));
        vwma.update(1, 20, 20, 20, 20, 3);
        assertEquals((10 * 1 + 20 * 3) / 4.0, vwma.value(), HAND_TOLERANCE);
        vwma.update(2, 30, 30, 30, 30, 0);
        assertEquals(20 * 3 / 3.0, vwma.value(), HAND_TOLERANCE);
        vwma.update(3, 40, 40, 40, 40, 0);
        assertEquals((30 + 40) / 2.0, vwma.value(), HAND_TOLERANCE);
    }
}
