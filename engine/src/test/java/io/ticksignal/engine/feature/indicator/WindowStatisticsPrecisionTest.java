package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The volatility worker's report, checked for the indicator package: stddev, var, zscore, bbands and volume_zscore
 * on windows whose spread is tiny next to their mean (or whose windows are short, so the running sums' anchor is
 * often far from the window), against a two-pass reference in 34-digit decimal arithmetic at every bar.
 * Tolerance: 1e-9 relative, with no absolute floor for var and stddev (their values are ~1e-8 and ~1e-12 here, so an
 * absolute floor would hide everything); zscore and pctb are O(1) quantities and get 1e-12 absolute near zero.
 * Inputs: the 1-bar log returns of the 1m bars built from the real Bitstamp trades (fed as closes), and a seeded
 * series {@code 800 + 1e-6 * noise}.
 */
class WindowStatisticsPrecisionTest
{
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE_FOR_UNIT_SCALE = 1e-12;
    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private static double[] bitstampLogReturns;
    private static double[] nearConstant;

    @BeforeAll
    static void loadSeries()
    {
        bitstampLogReturns = logReturns(bitstampOneMinuteCloses());
        nearConstant = new double[5_000];
        final SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < nearConstant.length; i++)
        {
            nearConstant[i] = 800.0 + 1e-6 * random.nextDouble(-1.0, 1.0);
        }
    }

    @Test
    void shouldHaveThousandsOfBitstampReturns()
    {
        assertEquals(9_398, bitstampLogReturns.length);
    }

    @Test
    void shouldMatchExactStdDevOfTwoOnBitstampLogReturns()
    {
        assertStatistic("stddev(2)", StdDev::new, 2, bitstampLogReturns, Statistic.STANDARD_DEVIATION);
    }

    @Test
    void shouldMatchExactVarOfFiveOnBitstampLogReturns()
    {
        assertStatistic("var(5)", Variance::new, 5, bitstampLogReturns, Statistic.VARIANCE);
    }

    @Test
    void shouldMatchExactZScoreOfTwentyOnBitstampLogReturns()
    {
        assertStatistic("zscore(20)", ZScore::new, 20, bitstampLogReturns, Statistic.Z_SCORE);
    }

    @Test
    void shouldMatchExactStdDevVarAndZScoreNearEightHundred()
    {
        assertStatistic("stddev(2)", StdDev::new, 2, nearConstant, Statistic.STANDARD_DEVIATION);
        assertStatistic("var(5)", Variance::new, 5, nearConstant, Statistic.VARIANCE);
        assertStatistic("zscore(20)", ZScore::new, 20, nearConstant, Statistic.Z_SCORE);
    }

    @Test
    void shouldMatchExactBollingerPercentBAndVolumeZScoreNearEightHundred()
    {
        assertStatistic("bbands(20,2).pctb", period -> new BBands(period, 2.0), 20, nearConstant, Statistic.PERCENT_B);
        assertStatistic("volume_zscore(20)", VolumeZScore::new, 20, nearConstant, Statistic.VOLUME_Z_SCORE);
    }

    private enum Statistic
    {
        VARIANCE, STANDARD_DEVIATION, Z_SCORE, PERCENT_B, VOLUME_Z_SCORE
    }

    private static void assertStatistic(
        final String name, final IntFunction<Indicator> factory, final int period, final double[] values,
        final Statistic statistic)
    {
        final Indicator indicator = factory.apply(period);
        final int output = statistic == Statistic.PERCENT_B ? 3 : 0;
        double worst = 0.0;
        int worstBar = -1;
        for (int bar = 0; bar < values.length; bar++)
        {
            final double value = values[bar];
            final double volume = statistic == Statistic.VOLUME_Z_SCORE ? value : 1.0;
            final double close = statistic == Statistic.VOLUME_Z_SCORE ? 1.0 : value;
            indicator.update(bar, close, close, close, close, volume);
            if (bar < period - 1)
            {
                continue;
            }
            final double expected = exact(values, bar - period + 1, period, statistic);
            final double actual = indicator.value(output);
            final double error = Math.abs(expected - actual);
            final boolean unitScale = statistic != Statistic.VARIANCE && statistic != Statistic.STANDARD_DEVIATION;
            final double allowed = Math.max(RELATIVE * Math.abs(expected), unitScale ? ABSOLUTE_FOR_UNIT_SCALE : 0.0);
            final double excess = expected == 0.0 && !unitScale ? (actual == 0.0 ? 0.0 : Double.POSITIVE_INFINITY) :
                error / Math.max(allowed, Double.MIN_NORMAL);
            if (excess > worst)
            {
                worst = excess;
                worstBar = bar;
            }
        }
        final double relativeAtWorst = worstBar < 0 ? 0.0 :
            Math.abs(exact(values, worstBar - period + 1, period, statistic) - replay(factory, period, values,
            statistic, worstBar, output)) / Math.abs(exact(values, worstBar - period + 1, period, statistic));
        System.out.println("PRECISION " + name + ": worst error / allowed = " + worst + " at bar " + worstBar +
            " (relative error there " + relativeAtWorst + ")");
        assertTrue(worst <= 1.0, name + " off by " + worst + " times the tolerance at bar " + worstBar +
            " (relative error " + relativeAtWorst + ")");
    }

    private static double replay(
        final IntFunction<Indicator> factory, final int period, final double[] values, final Statistic statistic,
        final int lastBar, final int output)
    {
        final Indicator indicator = factory.apply(period);
        for (int bar = 0; bar <= lastBar; bar++)
        {
            final double volume = statistic == Statistic.VOLUME_Z_SCORE ? values[bar] : 1.0;
            final double close = statistic == Statistic.VOLUME_Z_SCORE ? 1.0 : values[bar];
            indicator.update(bar, close, close, close, close, volume);
        }
        return indicator.value(output);
    }

    /** Two-pass in 34 digits over values[start, start + n). */
    private static double exact(final double[] values, final int start, final int n, final Statistic statistic)
    {
        final BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = start; i < start + n; i++)
        {
            sum = sum.add(new BigDecimal(values[i]));
        }
        final BigDecimal mean = sum.divide(count, CONTEXT);
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = start; i < start + n; i++)
        {
            final BigDecimal deviation = new BigDecimal(values[i]).subtract(mean, CONTEXT);
            squares = squares.add(deviation.multiply(deviation, CONTEXT), CONTEXT);
        }
        final BigDecimal variance = squares.divide(count, CONTEXT);
        final BigDecimal newestDeviation = new BigDecimal(values[start + n - 1]).subtract(mean, CONTEXT);
        switch (statistic)
        {
            case VARIANCE:
                return variance.doubleValue();
            case STANDARD_DEVIATION:
                return variance.sqrt(CONTEXT).doubleValue();
            case PERCENT_B:
                // (close - (mean - 2 sd)) / (4 sd) = 0.5 + z / 4
                return variance.signum() == 0 ? 0.5 : BigDecimal.valueOf(0.5).add(newestDeviation.divide(
                    variance.sqrt(CONTEXT).multiply(BigDecimal.valueOf(4)), CONTEXT), CONTEXT).doubleValue();
            default:
                return variance.signum() == 0 ? 0.0 :
                    newestDeviation.divide(variance.sqrt(CONTEXT), CONTEXT).doubleValue();
        }
    }

    private static double[] logReturns(final double[] closes)
    {
        final double[] returns = new double[closes.length - 1];
        for (int i = 1; i < closes.length; i++)
        {
            returns[i - 1] = Math.log(closes[i] / closes[i - 1]);
        }
        return returns;
    }

    private static double[] bitstampOneMinuteCloses()
    {
        final double[][] closes = {new double[1_024]};
        final int[] size = {0};
        final TimeBarBuilder builder = new TimeBarBuilder(
            0, Timeframe.ONE_MINUTE,
            (instrument, startNs, intervalNs, open, high, low, close, volume, vwap, count, firstNs, lastNs) ->
            {
                if (size[0] == closes[0].length)
                {
                    closes[0] = Arrays.copyOf(closes[0], size[0] * 2);
                }
                closes[0][size[0]++] = close;
            });
        try (TradeCsvReader reader =
            (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                builder.onTrade(reader.timestampNs(), reader.price(), reader.amount());
            }
        }
        builder.flush();
        return Arrays.copyOf(closes[0], size[0]);
    }
}
