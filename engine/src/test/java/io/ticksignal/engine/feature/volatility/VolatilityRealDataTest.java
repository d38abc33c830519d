package io.ticksignal.engine.feature.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.engine.feature.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every estimator on the real AAPL daily bars and on 1m bars built from the real Bitstamp trades,
 * compared at every bar with a naive full-window recomputation ({@link NaiveVolatility}) within
 * 1e-9 relative; NaN exactly until warm.
 */
class VolatilityRealDataTest
{
    private static BarArrays appleDaily;
    private static BarArrays bitstampOneMinute;

    @BeforeAll
    static void loadData()
    {
        appleDaily = BarArrays.appleDaily();
        bitstampOneMinute = BarArrays.bitstampOneMinute();
    }

    static List<Arguments> estimatorsOnData()
    {
        final List<Arguments> arguments = new ArrayList<>();
        for (final EstimatorCase estimator : EstimatorCase.all())
        {
            arguments.add(Arguments.of(estimator, "AAPL 1d"));
            arguments.add(Arguments.of(estimator, "Bitstamp 1m"));
        }
        return arguments;
    }

    @Test
    void shouldLoadAllRealBars()
    {
        assertEquals(252, appleDaily.size());
        assertEquals(9_399, bitstampOneMinute.size());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("estimatorsOnData")
    void shouldAgreeWithNaiveFullWindowRecomputationAtEveryBar(final EstimatorCase estimator, final String data)
    {
        final BarArrays bars = data.startsWith("AAPL") ? appleDaily : bitstampOneMinute;
        final Indicator indicator = estimator.factory().get();
        final int warmUpCount = indicator.warmUpCount();
        for (int i = 0; i < bars.size(); i++)
        {
            bars.feed(i, indicator);
            final double expected = estimator.reference().valueAt(bars, i);
            if (i < warmUpCount - 1)
            {
                assertTrue(Double.isNaN(indicator.value()), "NaN before warm at bar " + i);
                assertFalse(indicator.isWarm());
                assertTrue(Double.isNaN(expected), "reference agrees on warm-up at bar " + i);
            }
            else
            {
                assertTrue(indicator.isWarm(), "warm at bar " + i);
                VolatilityAssertions.assertRelativelyClose(expected, indicator.value(), estimator + " at bar " + i);
            }
        }
        assertEquals(0, indicator.rejectedCount());
    }

    @Test
    void shouldRankVolCloseWithinItsHistoryOnAppleDailyBars()
    {
        assertPercentileWithinNaiveBounds(appleDaily, 10, 50);
        assertPercentileWithinNaiveBounds(appleDaily, 2, 5);
    }

    @Test
    void shouldRankVolCloseWithinItsHistoryOnBitstampMinuteBars()
    {
        assertPercentileWithinNaiveBounds(bitstampOneMinute, 10, 50);
        assertPercentileWithinNaiveBounds(bitstampOneMinute, 20, 200);
    }

    /**
     * The naive rank counts values within 1e-9 relative of the current one as "could go either
     * way"; the estimator's exact rank must lie within those bounds, and equal the naive rank
     * whenever no other value is that close.
     */
    private static void assertPercentileWithinNaiveBounds(final BarArrays bars, final int n, final int m)
    {
        final VolPercentile percentile = new VolPercentile(n, m);
        assertEquals(n + m, percentile.warmUpCount());
        final double[] naiveVols = NaiveVolatility.volCloseSeries(bars, n);
        int exactlyRanked = 0;
        int warmBars = 0;
        for (int i = 0; i < bars.size(); i++)
        {
            bars.feed(i, percentile);
            final double[] bounds = NaiveVolatility.volPercentileBounds(naiveVols, i, m, 1e-9);
            if (i < percentile.warmUpCount() - 1)
            {
                assertTrue(Double.isNaN(percentile.value()), "NaN before warm at bar " + i);
                continue;
            }
            assertNotNull(bounds, "reference warm at bar " + i);
            warmBars++;
            final double value = percentile.value();
            assertTrue(
                value >= bounds[0] - 1e-12 && value <= bounds[1] + 1e-12,
                "vol_percentile(" + n + "," + m + ") at bar " + i + " = " + value + " outside [" + bounds[0] + ", "
                    + bounds[1] + "]");
            if (bounds[0] == bounds[1])
            {
                assertEquals(bounds[0], value, 1e-12, "bar " + i);
                exactlyRanked++;
            }
        }
        assertTrue(warmBars > 0);
        assertTrue(exactlyRanked >= warmBars / 2, exactlyRanked + " of " + warmBars + " bars ranked without ties");
    }
}
