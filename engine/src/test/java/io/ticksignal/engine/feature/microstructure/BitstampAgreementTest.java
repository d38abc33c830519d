package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;
import org.junit.jupiter.api.Test;

import static io.ticksignal.engine.feature.microstructure.BitstampTrades.COUNT;
import static io.ticksignal.engine.feature.microstructure.BitstampTrades.PRICES;
import static io.ticksignal.engine.feature.microstructure.BitstampTrades.SIZES;
import static io.ticksignal.engine.feature.microstructure.BitstampTrades.TICK_SIGNS;
import static io.ticksignal.engine.feature.microstructure.BitstampTrades.TIMES_NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every trade feature on the 100,000 real Bitstamp trades (trade-only: no quotes, no aggressor side) against a naive
 * full-window recomputation at every trade. Tolerance: 1e-9 relative to the larger of the expected value and the
 * computation's scale (the sum of the absolute terms, which bounds the rounding error of any summation order;
 * it equals the value for sums of positive terms).
 */
class BitstampAgreementTest
{
    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final int UNKNOWN = AggressorSide.UNKNOWN.value();

    private static void assertClose(final double expected, final double actual, final double scale, final String what)
    {
        if (Double.isNaN(expected) ? !Double.isNaN(actual) :
            !(Math.abs(expected - actual) <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), scale)))
        {
            fail(what + ": expected " + expected + " but was " + actual + " (scale " + scale + ")");
        }
    }

    private static void trade(final MarketFeature feature, final int k)
    {
        feature.onTrade(TIMES_NS[k], PRICES[k], SIZES[k], UNKNOWN);
    }

    @Test
    void shouldSignEveryTradeByTheTickRule()
    {
        final TradeSign sign = new TradeSign();
        for (int k = 0; k < COUNT; k++)
        {
            trade(sign, k);
            assertEquals(TICK_SIGNS[k] == 0 ? Double.NaN : TICK_SIGNS[k], sign.value(), "trade " + k);
        }
        assertEquals(0, sign.rejectedCount());
    }

    @Test
    void shouldMatchNaiveSignedVolumeAndTradeImbalance()
    {
        final int n = 100;
        final SignedVolume signedVolume = new SignedVolume(n);
        final TradeImbalance imbalance = new TradeImbalance(n);
        for (int k = 0; k < COUNT; k++)
        {
            trade(signedVolume, k);
            trade(imbalance, k);
            assertEquals(k >= n - 1, signedVolume.isWarm(), "trade " + k);
            if (k >= n - 1)
            {
                double sum = 0.0;
                double volume = 0.0;
                for (int j = k - n + 1; j <= k; j++)
                {
                    sum += TICK_SIGNS[j] * SIZES[j];
                    volume += SIZES[j];
                }
                assertClose(sum, signedVolume.value(), volume, "signed_volume(100) at trade " + k);
                // a ratio in [-1, 1]: its rounding error scales with 1, not with the ratio
                assertClose(sum / volume, imbalance.value(), 1.0, "trade_imbalance(100) at trade " + k);
            }
        }
    }

    @Test
    void shouldMatchNaiveTwoPassKyleLambda()
    {
        final int n = 200;
        final KyleLambda lambda = new KyleLambda(n);
        final double[] xs = new double[n];
        final double[] ys = new double[n];
        for (int k = 0; k < COUNT; k++)
        {
            trade(lambda, k);
            if (k < n)
            {
                assertFalse(lambda.isWarm(), "trade " + k);
                continue;
            }
            // pairs (s(j) q(j), p(j) - p(j-1)) for j = k-n+1 .. k; slope = sum(dx dy) / sum(dx^2), centred two-pass
            double meanX = 0.0;
            double meanY = 0.0;
            for (int i = 0; i < n; i++)
            {
                final int j = k - n + 1 + i;
                xs[i] = TICK_SIGNS[j] * SIZES[j];
                ys[i] = PRICES[j] - PRICES[j - 1];
                meanX += xs[i];
                meanY += ys[i];
            }
            meanX /= n;
            meanY /= n;
            double sxy = 0.0;
            double sxx = 0.0;
            double absSxy = 0.0;
            for (int i = 0; i < n; i++)
            {
                final double dx = xs[i] - meanX;
                final double dy = ys[i] - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                absSxy += Math.abs(dx * dy);
            }
            assertClose(sxy / sxx, lambda.value(), absSxy / sxx, "kyle_lambda(200) at trade " + k);
        }
    }

    @Test
    void shouldMatchNaiveAmihud()
    {
        final int n = 100;
        final Amihud amihud = new Amihud(n);
        final double[] terms = new double[COUNT];
        int termCount = 0;
        for (int k = 0; k < COUNT; k++)
        {
            trade(amihud, k);
            if (k > 0 && SIZES[k] > 0.0)
            {
                // |p(k) / p(k-1) - 1| / (p(k) q(k)), zero-size trades skipped
                terms[termCount++] = Math.abs(PRICES[k] / PRICES[k - 1] - 1.0) / (PRICES[k] * SIZES[k]);
            }
            assertEquals(termCount >= n, amihud.isWarm(), "trade " + k);
            if (termCount >= n)
            {
                double sum = 0.0;
                for (int i = termCount - n; i < termCount; i++)
                {
                    sum += terms[i];
                }
                assertClose(sum / n, amihud.value(), 0.0, "amihud(100) at trade " + k);
            }
        }
    }

    @Test
    void shouldMatchNaiveVpinWithSplitBuckets()
    {
        final double bucketVolume = 50.0;
        final int n = 20;
        final Vpin vpin = new Vpin(bucketVolume, n);
        final double[] imbalances = new double[COUNT + 10_000];
        int buckets = 0;
        double buy = 0.0;
        double sell = 0.0;
        double filled = 0.0;
        for (int k = 0; k < COUNT; k++)
        {
            trade(vpin, k);
            // tick sign: all buy, all sell, or half each while unclassified; fill bucket by bucket
            final double buyShare = TICK_SIGNS[k] > 0 ? 1.0 : TICK_SIGNS[k] < 0 ? 0.0 : 0.5;
            double remaining = SIZES[k];
            while (remaining > 0.0)
            {
                final double room = bucketVolume - filled;
                final double take = Math.min(remaining, room);
                buy += buyShare * take;
                sell += (1.0 - buyShare) * take;
                filled += take;
                remaining -= take;
                if (take == room)
                {
                    imbalances[buckets++] = Math.abs(buy - sell);
                    buy = 0.0;
                    sell = 0.0;
                    filled = 0.0;
                }
            }
            assertEquals(buckets >= n, vpin.isWarm(), "trade " + k);
            if (buckets >= n)
            {
                double sum = 0.0;
                for (int i = buckets - n; i < buckets; i++)
                {
                    sum += imbalances[i];
                }
                assertClose(sum / (n * bucketVolume), vpin.value(), 0.0, "vpin(50,20) at trade " + k);
            }
        }
        assertTrue(buckets > 3000, "buckets filled: " + buckets);
    }

    @Test
    void shouldMatchNaiveTradeRateAndDuration()
    {
        final int n = 20;
        final TradeRate rate = new TradeRate(n);
        final Duration duration = new Duration(n);
        int zeroSpans = 0;
        for (int k = 0; k < COUNT; k++)
        {
            trade(rate, k);
            trade(duration, k);
            if (k < n)
            {
                assertFalse(duration.isWarm(), "trade " + k);
                continue;
            }
            // mean of the n inter-trade intervals ending at trade k, in seconds
            double sumSeconds = 0.0;
            for (int j = k - n + 1; j <= k; j++)
            {
                sumSeconds += (TIMES_NS[j] - TIMES_NS[j - 1]) / 1e9;
            }
            final double meanSeconds = sumSeconds / n;
            zeroSpans += meanSeconds == 0.0 ? 1 : 0;
            assertClose(meanSeconds, duration.value(), 0.0, "duration(20) at trade " + k);
            assertClose(meanSeconds == 0.0 ? Double.NaN : 1.0 / meanSeconds, rate.value(), 0.0,
                "trade_rate(20) at trade " + k);
        }
        assertEquals(0, rate.rejectedCount());
        assertTrue(zeroSpans < COUNT / 10, "windows spanning no time: " + zeroSpans);
    }

    @Test
    void shouldLeaveQuoteFeaturesNanOnTradeOnlyData()
    {
        final MarketFeatureSet set = new MarketFeatureSet(
            new EffSpread(), new RealizedSpread(5), new Spread(), new Mid(), new Microprice(), new RelSpread(),
            new Ofi(10), new Imbalance(5), new Depth(5));
        for (int k = 0; k < COUNT; k++)
        {
            set.onTrade(TIMES_NS[k], PRICES[k], SIZES[k], UNKNOWN);
        }
        for (int i = 0; i < set.featureCount(); i++)
        {
            assertFalse(set.feature(i).isWarm(), "feature " + i);
            assertEquals(Double.NaN, set.feature(i).value(), "feature " + i);
            assertEquals(0, set.feature(i).rejectedCount(), "feature " + i);
        }
    }
}
