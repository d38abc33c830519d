package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented policy: an update in which a field the indicator reads is NaN or infinite is
 * ignored (state and values unchanged) and counted in rejectedCount().
 */
class NonFiniteInputTest
{
    private static final double[] BAD_VALUES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final int BAD_BAR_EVERY = 37;

    static List<IndicatorCase> allCases()
    {
        final List<IndicatorCase> cases = new ArrayList<>(TaLibAgreementTest.taLibCases());
        cases.addAll(NaiveCases.cases());
        cases.addAll(NaiveBandVolumeCases.cases());
        cases.addAll(NaiveStatisticsCases.cases());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void shouldIgnoreAndCountNonFiniteBars(final IndicatorCase indicatorCase)
    {
        final BarSeries bars = SyntheticBars.bars();
        final double[][] clean = IndicatorAssertions.run(indicatorCase.newIndicator(), bars);
        final Indicator indicator = indicatorCase.newIndicator();
        final double[][] dirty = new double[clean.length][bars.size()];
        long injected = 0;
        for (int bar = 0; bar < bars.size(); bar++)
        {
            if (bar % BAD_BAR_EVERY == 0)
            {
                final double bad = BAD_VALUES[(int)(injected % BAD_VALUES.length)];
                indicator.update(bars.timeNs()[bar], bad, bad, bad, bad, bad);
                injected++;
            }
            bars.push(indicator, bar);
            for (int output = 0; output < dirty.length; output++)
            {
                dirty[output][bar] = indicator.value(output);
            }
        }
        assertEquals(injected, indicator.rejectedCount());
        for (int output = 0; output < clean.length; output++)
        {
            assertArrayEquals(clean[output], dirty[output], indicatorCase + "." + indicator.outputName(output));
        }
        indicator.reset();
        assertEquals(0, indicator.rejectedCount());
    }

    @Test
    void shouldNotRejectForAFieldTheIndicatorDoesNotRead()
    {
        final Indicator sma = new Sma(2);
        sma.update(0, Double.NaN, Double.NaN, Double.NaN, 1.0, Double.NaN);
        sma.update(1, Double.NaN, Double.NaN, Double.NaN, 3.0, Double.POSITIVE_INFINITY);
        assertEquals(0, sma.rejectedCount());
        assertEquals(2.0, sma.value());
    }

    @Test
    void shouldKeepTheLastValueWhileRejecting()
    {
        final Indicator rsi = new Rsi(2);
        rsi.update(0, 1, 1, 1, 10, 1);
        rsi.update(1, 1, 1, 1, 11, 1);
        rsi.update(2, 1, 1, 1, 10, 1);
        final double before = rsi.value();
        rsi.update(3, 1, 1, 1, Double.NaN, 1);
        rsi.update(4, 1, 1, 1, Double.POSITIVE_INFINITY, 1);
        assertEquals(2, rsi.rejectedCount());
        assertEquals(before, rsi.value());
        assertEquals(50.0, before, 1e-12);
    }
}
