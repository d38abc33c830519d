package io.ticksignal.engine.feature.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WindowVarianceTest
{
    private static final double RELATIVE = 1e-9;

    @Test
    void shouldComputeMeanAndBothVariancesByHand()
    {
        final WindowVariance variance = new WindowVariance(4);
        variance.push(100.0);
        for (final double value : new double[] {1.0, 2.0, 3.0, 4.0})
        {
            variance.push(value);
        }
        assertEquals(2.5, variance.mean());
        assertEquals(5.0, variance.sumOfSquaredDeviations());
        assertEquals(1.25, variance.populationVariance());
        assertEquals(5.0 / 3.0, variance.sampleVariance());
        assertEquals(1.5, variance.deviationFromMean(4.0));
        assertEquals(4.0, variance.get(0));
        assertEquals(1.0, variance.get(3));
    }

    @Test
    void shouldGiveExactlyZeroForAConstantWindow()
    {
        final WindowVariance variance = new WindowVariance(3);
        for (final double value : new double[] {0.3, 0.1, 0.1, 0.1})
        {
            variance.push(value);
        }
        assertTrue(variance.isConstant());
        assertEquals(0.0, variance.populationVariance());
        assertEquals(0.0, variance.sampleVariance());
        assertEquals(0.1, variance.mean());
        assertEquals(0.0, variance.deviationFromMean(0.1));
    }

    @Test
    void shouldKeepTheVarianceOfTwoValuesOneUlpApart()
    {
        final WindowVariance variance = new WindowVariance(2);
        final double value = 0.000123;
        variance.push(-0.05);
        variance.push(value);
        variance.push(Math.nextUp(value));
        final double ulp = Math.ulp(value);
        assertEquals(ulp * ulp / 4.0, variance.populationVariance());
        assertEquals(ulp / 2.0, variance.deviationFromMean(Math.nextUp(value)));
    }

    @Test
    void shouldMatchExactVarianceNearEightHundredWithSpreadOfAMillionth()
    {
        final double[] values = new double[20_000];
        final SplittableRandom random = new SplittableRandom(9L);
        for (int i = 0; i < values.length; i++)
        {
            values[i] = 800.0 + 1e-6 * random.nextDouble(-1.0, 1.0);
        }
        for (final int n : new int[] {2, 5, 20})
        {
            final WindowVariance variance = new WindowVariance(n);
            for (int i = 0; i < values.length; i++)
            {
                variance.push(values[i]);
                if (i >= n - 1)
                {
                    final double exact = ExactWindow.squaredDeviations(values, i - n + 1, n);
                    assertTrue(ExactWindow.isClose(exact, variance.sumOfSquaredDeviations(), RELATIVE),
                        "n " + n + " at " + i + ": " + variance.sumOfSquaredDeviations() + " vs " + exact);
                }
            }
        }
    }

    @Test
    void shouldStayWithinOneInABillionAfterTenMillionUpdatesOfADriftingWalk()
    {
        final int n = 20;
        final int updates = 10_000_000;
        final double[] recent = new double[n];
        final double[] ordered = new double[n];
        final WindowVariance variance = new WindowVariance(n);
        final SplittableRandom random = new SplittableRandom(13L);
        double x = 1e4;
        for (int i = 0; i < updates; i++)
        {
            x += random.nextDouble(-1.0, 1.0);
            recent[i % n] = x;
            variance.push(x);
            if (i % 999_983 == 0 && i >= n || i == updates - 1)
            {
                for (int t = 0; t < n; t++)
                {
                    ordered[t] = recent[(i + 1 + t) % n];
                }
                final double exact = ExactWindow.squaredDeviations(ordered, 0, n);
                assertTrue(ExactWindow.isClose(exact, variance.sumOfSquaredDeviations(), RELATIVE), "after " + i);
                assertTrue(ExactWindow.isClose(ExactWindow.mean(ordered, 0, n), variance.mean(), RELATIVE));
            }
        }
    }

    @Test
    void shouldRejectAWindowOfZeroAndResetToEmpty()
    {
        assertThrows(IllegalArgumentException.class, () -> new WindowVariance(0));
        final WindowVariance variance = new WindowVariance(2);
        variance.push(1.0);
        variance.push(3.0);
        variance.reset();
        assertEquals(0, variance.count());
        variance.push(5.0);
        variance.push(9.0);
        assertEquals(7.0, variance.mean());
        assertEquals(8.0, variance.sampleVariance());
    }
}
