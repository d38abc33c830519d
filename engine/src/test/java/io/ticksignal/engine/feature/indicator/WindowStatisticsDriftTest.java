package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Running sums are re-anchored, so after 10 million updates zscore, volume_zscore, cmf, vwap(n), skew and kurt are
 * still within 1e-9 relative (or 1e-12 absolute near zero) of a fresh two-pass computation over the same window.
 * Input: a seeded Gaussian-step random walk around 10,000 with random bar ranges and fractional volumes (deterministic).
 */
class WindowStatisticsDriftTest
{
    private static final int UPDATES = 10_000_000;
    private static final int CHECK_EVERY = 999_983;
    private static final int PERIOD = 20;

    @Test
    void shouldStayWithinOneInABillionOfFreshComputationAfterTenMillionUpdates()
    {
        final ZScore zscore = new ZScore(PERIOD);
        final VolumeZScore volumeZScore = new VolumeZScore(PERIOD);
        final Cmf cmf = new Cmf(PERIOD);
        final RollingVwap vwap = new RollingVwap(PERIOD);
        final Skew skew = new Skew(PERIOD);
        final Kurt kurt = new Kurt(PERIOD);
        final Indicator[] indicators = {zscore, volumeZScore, cmf, vwap, skew, kurt};
        final int ring = PERIOD + 1;
        final double[] highs = new double[ring];
        final double[] lows = new double[ring];
        final double[] closes = new double[ring];
        final double[] volumes = new double[ring];
        final SplittableRandom random = new SplittableRandom(11L);
        double x = 10_000.0;
        int checks = 0;
        for (int i = 1; i <= UPDATES; i++)
        {
            x += random.nextDouble(-1.0, 1.0);
            final int slot = i % ring;
            highs[slot] = x + random.nextDouble(0.0, 2.0);
            lows[slot] = x - random.nextDouble(0.0, 2.0);
            closes[slot] = x;
            volumes[slot] = random.nextDouble(0.0, 1_000.0);
            for (final Indicator indicator : indicators)
            {
                indicator.update(i, x, highs[slot], lows[slot], x, volumes[slot]);
            }
            if (i % CHECK_EVERY == 0 || i == UPDATES)
            {
                final double[] c = oldestFirst(closes, i);
                final double[] h = oldestFirst(highs, i);
                final double[] l = oldestFirst(lows, i);
                final double[] v = oldestFirst(volumes, i);
                assertClose("zscore", freshZScore(c), zscore.value(), i);
                assertClose("volume_zscore", freshZScore(v), volumeZScore.value(), i);
                assertClose("cmf", freshCmf(h, l, c, v), cmf.value(), i);
                assertClose("vwap(n)", freshVwap(h, l, c, v), vwap.value(), i);
                final double[] moments = freshReturnMoments(c);
                assertClose("skew", Skew.sampleSkewness(moments[0], moments[1], PERIOD), skew.value(), i);
                assertClose("kurt", Kurt.sampleExcessKurtosis(moments[0], moments[2], PERIOD), kurt.value(), i);
                checks++;
            }
        }
        assertTrue(checks >= 10);
    }

    /** @return the last PERIOD + 1 values ending at update {@code last}, oldest first. */
    private static double[] oldestFirst(final double[] ring, final int last)
    {
        final double[] values = new double[ring.length];
        for (int t = 0; t < ring.length; t++)
        {
            values[t] = ring[(last - ring.length + 1 + t) % ring.length];
        }
        return values;
    }

    /** Population z-score of the newest of the last PERIOD values, two-pass. */
    private static double freshZScore(final double[] values)
    {
        double mean = 0.0;
        for (int t = 1; t < values.length; t++)
        {
            mean += values[t];
        }
        mean /= PERIOD;
        double squares = 0.0;
        for (int t = 1; t < values.length; t++)
        {
            squares += (values[t] - mean) * (values[t] - mean);
        }
        return (values[PERIOD] - mean) / Math.sqrt(squares / PERIOD);
    }

    private static double freshCmf(final double[] h, final double[] l, final double[] c, final double[] v)
    {
        double flow = 0.0;
        double volume = 0.0;
        for (int t = 1; t <= PERIOD; t++)
        {
            flow += (2.0 * c[t] - l[t] - h[t]) / (h[t] - l[t]) * v[t];
            volume += v[t];
        }
        return flow / volume;
    }

    private static double freshVwap(final double[] h, final double[] l, final double[] c, final double[] v)
    {
        double notional = 0.0;
        double volume = 0.0;
        for (int t = 1; t <= PERIOD; t++)
        {
            notional += (h[t] + l[t] + c[t]) / 3.0 * v[t];
            volume += v[t];
        }
        return notional / volume;
    }

    /** @return population m2, m3, m4 of the PERIOD log returns of the closes, two-pass. */
    private static double[] freshReturnMoments(final double[] closes)
    {
        final double[] returns = new double[PERIOD];
        double mean = 0.0;
        for (int t = 0; t < PERIOD; t++)
        {
            returns[t] = Math.log(closes[t + 1] / closes[t]);
            mean += returns[t];
        }
        mean /= PERIOD;
        final double[] moments = new double[3];
        for (final double r : returns)
        {
            final double d = r - mean;
            moments[0] += d * d / PERIOD;
            moments[1] += d * d * d / PERIOD;
            moments[2] += d * d * d * d / PERIOD;
        }
        return moments;
    }

    private static void assertClose(final String what, final double fresh, final double running, final int update)
    {
        assertTrue(IndicatorAssertions.isClose(fresh, running),
            what + " after " + update + " updates: fresh " + fresh + ", running " + running + ", error " +
            Math.abs(fresh - running));
    }
}
