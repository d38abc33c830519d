package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tictactec.ta.lib.FuncUnstId;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every indicator that TA-Lib has, bar by bar against TA-Lib's full-history function, on the real
 * AAPL daily bars, on the 9,399 one-minute bars built from the real Bitstamp trades and on 5,000
 * synthetic bars; and reset() gives a fresh indicator.
 */
class TaLibAgreementTest
{
    static List<IndicatorCase> taLibCases()
    {
        final List<IndicatorCase> cases = new ArrayList<>();
        cases.addAll(AverageCases.cases());
        cases.addAll(MomentumCases.cases());
        cases.addAll(VolatilityCases.cases());
        cases.addAll(VolumeStatisticsCases.cases());
        return cases;
    }

    @Test
    void shouldUseTaLibDefaultUnstablePeriodOfZero()
    {
        for (final FuncUnstId id : FuncUnstId.values())
        {
            if (id != FuncUnstId.All && id != FuncUnstId.None)
            {
                assertEquals(0, TaLib.CORE.GetUnstablePeriod(id), id.name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taLibCases")
    void shouldMatchTaLibOnAppleBars(final IndicatorCase indicatorCase)
    {
        IndicatorAssertions.assertMatches(indicatorCase, AppleDailyBars.bars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taLibCases")
    void shouldMatchTaLibOnBitstampMinuteBars(final IndicatorCase indicatorCase)
    {
        IndicatorAssertions.assertMatches(indicatorCase, BitstampMinuteBars.bars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taLibCases")
    void shouldMatchTaLibOnSyntheticBars(final IndicatorCase indicatorCase)
    {
        IndicatorAssertions.assertMatches(indicatorCase, SyntheticBars.bars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taLibCases")
    void shouldRepeatExactlyAfterReset(final IndicatorCase indicatorCase)
    {
        final BarSeries bars = SyntheticBars.bars();
        final Indicator indicator = indicatorCase.newIndicator();
        final double[][] first = IndicatorAssertions.run(indicator, bars);
        assertTrue(indicator.isWarm());
        indicator.reset();
        assertFalse(indicator.isWarm());
        assertTrue(Double.isNaN(indicator.value()));
        final double[][] second = IndicatorAssertions.run(indicator, bars);
        for (int output = 0; output < first.length; output++)
        {
            assertArrayEquals(first[output], second[output], indicatorCase + "." + indicator.outputName(output));
        }
    }
}
