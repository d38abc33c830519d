package io.ticksignal.engine.feature.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Running sums are re-anchored, so after 10 million updates the values of sma, var, stddev, wma and
 * linreg are still within 1e-9 relative of a fresh two-pass computation over the same window.
 * Input: a seeded Gaussian random walk around 10,000 (deterministic).
 */
class RunningSumDriftTest
{
    private static final int UPDATES = 10_000_000;
    private static final int CHECK_EVERY = 999_983;
    private static final int PERIOD = 20;
    private static final double RELATIVE = 1e-9;

    @Test
    void shouldStayWithinOneInABillionOfFreshComputationAfterTenMillionUpdates()
    {
        final Sma sma = new Sma(PERIOD);
        final Variance variance = new Variance(PERIOD);
        final StdDev stdDev = new StdDev(PERIOD);
        final Wma wma = new Wma(PERIOD);
        final LinReg linReg = new LinReg(PERIOD);
        final Indicator[] indicators = {sma, variance, stdDev, wma, linReg};
        final double[] window = new double[PERIOD];
        final SplittableRandom random = new SplittableRandom(7L);
        double x = 10_000.0;
        int checks = 0;
        for (int i = 1; i <= UPDATES; i++)
        {
            x += random.nextDouble(-1.0, 1.0);
            window[i % PERIOD] = x;
            for (final Indicator indicator : indicators)
            {
                indicator.update(i, x, x, x, x, 1.0);
            }
            if (i % CHECK_EVERY == 0 || i == UPDATES)
            {
                final double[] fresh = fresh(window, i);
                assertClose("sma", fresh[0], sma.value(), i);
                assertClose("var", fresh[1], variance.value(), i);
                assertClose("stddev", Math.sqrt(fresh[1]), stdDev.value(), i);
                assertClose("wma", fresh[2], wma.value(), i);
                assertClose("linreg.slope", fresh[3], linReg.value(0), i);
                assertClose("linreg.intercept", fresh[4], linReg.value(1), i);
                assertClose("linreg.r2", fresh[5], linReg.value(2), i);
                checks++;
            }
        }
        assertTrue(checks >= 10);
    }

    /**
     * @return mean, population variance, wma, slope, intercept (at the oldest bar), r2 of the window
     * ending at update {@code last}, two-pass.
     */
    private static double[] fresh(final double[] window, final int last)
    {
        final double[] y = new double[PERIOD];
        for (int t = 0; t < PERIOD; t++)
        {
            y[t] = window[(last - PERIOD + 1 + t) % PERIOD];
        }
        double mean = 0.0;
        double weighted = 0.0;
        for (int t = 0; t < PERIOD; t++)
        {
            mean += y[t];
            weighted += (t + 1) * y[t];
        }
        mean /= PERIOD;
        final double centre = (PERIOD - 1) / 2.0;
        double sumYy = 0.0;
        double sumXy = 0.0;
        double sumXx = 0.0;
        for (int t = 0; t < PERIOD; t++)
        {
            sumYy += (y[t] - mean) * (y[t] - mean);
            sumXy += (t - centre) * (y[t] - mean);
            sumXx += (t - centre) * (t - centre);
        }
        final double slope = sumXy / sumXx;
        return new double[] {mean, sumYy / PERIOD, weighted / (PERIOD * (PERIOD + 1) / 2.0), slope,
            mean - slope * centre, sumXy * sumXy / (sumXx * sumYy)};
    }

    private static void assertClose(final String what, final double fresh, final double running, final int update)
    {
        final double error = Math.abs(fresh - running);
        assertTrue(error <= RELATIVE * Math.abs(fresh),
            what + " after " + update + " updates: fresh " + fresh + ", running " + running + ", error " + error);
    }
}
