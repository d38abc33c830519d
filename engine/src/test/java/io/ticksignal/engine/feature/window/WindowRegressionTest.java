package io.ticksignal.engine.feature.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WindowRegressionTest
{
    private static final double RELATIVE = 1e-9;

    @Test
    void shouldFitAnExactLineByHand()
    {
        final WindowRegression regression = new WindowRegression(3);
        regression.push(100.0, -7.0);
        regression.push(1.0, 3.0);
        regression.push(2.0, 5.0);
        regression.push(3.0, 7.0);
        assertEquals(2.0, regression.slope());
        assertEquals(2.0, regression.meanX());
        assertEquals(5.0, regression.meanY());
        assertEquals(1.0, regression.rSquared());
    }

    @Test
    void shouldComputeSlopeAndRSquaredOfANoisyLineByHand()
    {
        // x = 0, 1, 2, 3; y = 1, 3, 2, 4: Sxx = 5, Sxy = 4, Syy = 5, slope 0.8, r2 = 16 / 25
        final WindowRegression regression = new WindowRegression(4);
        final double[] ys = {1.0, 3.0, 2.0, 4.0};
        for (int x = 0; x < 4; x++)
        {
            regression.push(x, ys[x]);
        }
        assertEquals(0.8, regression.slope(), 1e-15);
        assertEquals(0.64, regression.rSquared(), 1e-15);
    }

    @Test
    void shouldGiveNaNSlopeForConstantXAndZeroForConstantY()
    {
        final WindowRegression constantX = new WindowRegression(2);
        constantX.push(4.0, 1.0);
        constantX.push(4.0, 2.0);
        assertTrue(Double.isNaN(constantX.slope()));
        assertEquals(0.0, constantX.rSquared());
        final WindowRegression constantY = new WindowRegression(2);
        constantY.push(1.0, 0.3);
        constantY.push(2.0, 0.3);
        assertEquals(0.0, constantY.slope());
        assertEquals(0.3, constantY.meanY());
        assertEquals(0.0, constantY.rSquared());
        assertTrue(Double.isNaN(new WindowRegression(2).slope()));
        assertThrows(IllegalArgumentException.class, () -> new WindowRegression(1));
    }

    @Test
    void shouldMatchExactFitOfABarCounterAgainstPricesNearEightHundredAfterTenMillionUpdates()
    {
        final int n = 20;
        final int updates = 10_000_000;
        final double[] xs = new double[n];
        final double[] ys = new double[n];
        final double[] orderedX = new double[n];
        final double[] orderedY = new double[n];
        final WindowRegression regression = new WindowRegression(n);
        final SplittableRandom random = new SplittableRandom(17L);
        for (int i = 0; i < updates; i++)
        {
            final double y = 800.0 + 1e-6 * random.nextDouble(-1.0, 1.0);
            xs[i % n] = i;
            ys[i % n] = y;
            regression.push(i, y);
            if (i >= n && i % 999_983 == 0 || i == updates - 1)
            {
                for (int t = 0; t < n; t++)
                {
                    orderedX[t] = xs[(i + 1 + t) % n];
                    orderedY[t] = ys[(i + 1 + t) % n];
                }
                final double slope = ExactWindow.slope(orderedX, orderedY, 0, n);
                final double rSquared = ExactWindow.rSquared(orderedX, orderedY, 0, n);
                assertTrue(ExactWindow.isClose(slope, regression.slope(), RELATIVE), "slope after " + i);
                assertTrue(ExactWindow.isClose(rSquared, regression.rSquared(), RELATIVE), "r2 after " + i);
                assertTrue(ExactWindow.isClose(ExactWindow.mean(orderedY, 0, n), regression.meanY(), RELATIVE));
            }
        }
    }
}
