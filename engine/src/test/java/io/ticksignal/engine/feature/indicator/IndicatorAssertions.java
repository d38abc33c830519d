package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one shared assertion: run an indicator bar by bar and compare every output with a reference.
 * Tolerance: 1e-9 relative, or 1e-12 absolute near zero.
 */
final class IndicatorAssertions
{
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double ABSOLUTE_TOLERANCE = 1e-12;

    private IndicatorAssertions()
    {
    }

    /**
     * @return values[output][bar] after each bar.
     */
    static double[][] run(final Indicator indicator, final BarSeries bars)
    {
        final double[][] values = new double[indicator.outputCount()][bars.size()];
        for (int bar = 0; bar < bars.size(); bar++)
        {
            bars.push(indicator, bar);
            for (int output = 0; output < values.length; output++)
            {
                values[output][bar] = indicator.value(output);
            }
        }
        return values;
    }

    static boolean isClose(final double expected, final double actual)
    {
        final double error = Math.abs(expected - actual);
        return error <= ABSOLUTE_TOLERANCE || error <= RELATIVE_TOLERANCE * Math.abs(expected);
    }

    /**
     * Asserts NaN exactly where the reference has none, every other value within tolerance, that
     * warm-up ends where the reference starts, and that isWarm() agrees with the values.
     */
    static void assertMatches(final IndicatorCase indicatorCase, final BarSeries bars)
    {
        final double[][] expected = indicatorCase.expected(bars);
        final Indicator indicator = indicatorCase.newIndicator();
        assertEquals(expected.length, indicator.outputCount(), "outputs of " + indicatorCase);
        final int first = TaLib.firstValue(expected[0]);
        assertEquals(first + 1, indicator.warmUpCount(), "warm-up count of " + indicatorCase);
        for (int bar = 0; bar < bars.size(); bar++)
        {
            bars.push(indicator, bar);
            assertEquals(bar >= first, indicator.isWarm(), indicatorCase + " isWarm() at bar " + bar);
            for (int output = 0; output < expected.length; output++)
            {
                final double want = expected[output][bar];
                final double got = indicator.value(output);
                if (Double.isNaN(want) ? !Double.isNaN(got) : !isClose(want, got))
                {
                    fail(indicatorCase + "." + indicator.outputName(output) + " at bar " + bar + ": expected " + want +
                        " but was " + got + " (error " + Math.abs(want - got) + ")");
                }
            }
        }
    }
}
