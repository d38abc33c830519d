package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * The logistic trainer reaches the exact optimum: a closed form for a saturated model (one binary feature, no
 * penalty), with and without class weights, and the optimality conditions, computed independently on the raw
 * feature scale, for penalised binary and softmax fits.
 */
final class LogisticTrainerTest
{
    @Test
    void shouldEqualTheClosedFormOfASaturatedModel()
    {
        // x = 0: 2 UP, 8 DOWN; x = 1: 6 UP, 4 DOWN. The MLE gives each group its own UP frequency.
        final Data data = saturated();
        final double[] weights = ClassWeighting.NONE.weights(data.y, new RowRange(0, 20), 2,
            List.of("DOWN", "UP"));
        final LogisticTrainer.Fit fit = new LogisticTrainer(0.0).fit(data.x, data.y, weights, new RowRange(0, 20), 2);
        assertTrue(fit.converged());
        final double b = Math.log(2.0 / 8.0);
        final double w = Math.log(6.0 / 4.0) - b;
        assertEquals(LinkFunction.SIGMOID, fit.model().link());
        assertEquals(b, fit.model().intercepts()[0], 1e-9);
        assertEquals(w, fit.model().coefficients()[0][0], 1e-9);
        assertEquals(0.2, fit.model().predictUp(new double[] {0.0}), 1e-12);
        assertEquals(0.6, fit.model().predictUp(new double[] {1.0}), 1e-12);
    }

    @Test
    void shouldShiftTheSaturatedFitByTheBalancedClassWeights()
    {
        // 8 UP and 12 DOWN rows: balanced weights 20 / (2 * 8) = 1.25 for UP and 20 / (2 * 12) for DOWN, so each
        // group's log-odds become ln(1.25 n_up / (w_down n_down)).
        final Data data = saturated();
        final double[] weights = ClassWeighting.BALANCED.weights(data.y, new RowRange(0, 20), 2,
            List.of("DOWN", "UP"));
        assertEquals(1.25, weights[0], 0.0);
        assertEquals(20.0 / 24.0, weights[2], 0.0);
        final LogisticTrainer.Fit fit = new LogisticTrainer(0.0).fit(data.x, data.y, weights, new RowRange(0, 20), 2);
        final double wUp = 20.0 / (2 * 8);
        final double wDown = 20.0 / (2 * 12);
        final double b = Math.log(wUp * 2 / (wDown * 8));
        final double w = Math.log(wUp * 6 / (wDown * 4)) - b;
        assertEquals(b, fit.model().intercepts()[0], 1e-9);
        assertEquals(w, fit.model().coefficients()[0][0], 1e-9);
        assertTrue(fit.model().predictUp(new double[] {0.0}) > 0.2, "UP is the minority; weighting raises P(up)");
    }

    @Test
    void shouldSatisfyTheOptimalityConditionsOfAPenalisedBinaryFit()
    {
        checkOptimality(2, 3.0);
    }

    @Test
    void shouldSatisfyTheOptimalityConditionsOfAPenalisedSoftmaxFit()
    {
        checkOptimality(3, 2.0);
    }

    /**
     * On raw features the objective is {@code sum w (-ln p_y) + l2/2 sum_k sum_j (c_kj sd_j)^2}, so at the optimum
     * {@code sum_i w_i (p_ik - [y_i = k]) x_ij + l2 sd_j^2 c_kj = 0} and {@code sum_i w_i (p_ik - [y_i = k]) = 0}.
     */
    private static void checkOptimality(final int classes, final double l2)
    {
        final Random random = new Random(5);
        final int n = 300;
        final double[][] x = new double[n][3];
        final int[] y = new int[n];
        for (int i = 0; i < n; i++)
        {
            x[i][0] = (float)(50 + 10 * random.nextGaussian());
            x[i][1] = (float)(0.01 * random.nextGaussian());
            x[i][2] = (float)(random.nextDouble() * 100 - 100);
            final double z = 0.1 * (x[i][0] - 50) + 100 * x[i][1] + random.nextGaussian();
            y[i] = classes == 2 ? (z > 0 ? 1 : 0) : (z > 0.7 ? 2 : z < -0.7 ? 0 : 1);
        }
        final RowRange rows = new RowRange(0, n);
        final double[] weights = ClassWeighting.BALANCED.weights(y, rows, classes,
            classes == 2 ? List.of("DOWN", "UP") : List.of("DOWN", "FLAT", "UP"));
        final LogisticTrainer.Fit fit = new LogisticTrainer(l2).fit(x, y, weights, rows, classes);
        assertTrue(fit.converged());
        final LogisticModel model = fit.model();
        final int outputs = classes == 2 ? 1 : classes;
        final double[] variance = new double[3];
        for (int j = 0; j < 3; j++)
        {
            double mean = 0.0;
            for (int i = 0; i < n; i++)
            {
                mean += x[i][j] / n;
            }
            for (int i = 0; i < n; i++)
            {
                variance[j] += (x[i][j] - mean) * (x[i][j] - mean) / n;
            }
        }
        final double[] p = new double[classes];
        for (int k = 0; k < outputs; k++)
        {
            final int target = classes == 2 ? 1 : k;
            double interceptGradient = 0.0;
            final double[] gradient = new double[3];
            for (int i = 0; i < n; i++)
            {
                model.predict(x[i], p);
                final double residual = weights[i] * (p[target] - (y[i] == target ? 1.0 : 0.0));
                interceptGradient += residual;
                for (int j = 0; j < 3; j++)
                {
                    gradient[j] += residual * x[i][j];
                }
            }
            assertEquals(0.0, interceptGradient, 1e-9, "intercept " + k);
            for (int j = 0; j < 3; j++)
            {
                final double penalty = l2 * variance[j] * model.coefficients()[k][j];
                final double scale = Math.sqrt(variance[j]);
                assertEquals(0.0, (gradient[j] + penalty) / scale, 1e-7, "class " + k + " feature " + j);
            }
        }
    }

    private static Data saturated()
    {
        final double[][] x = new double[20][1];
        final int[] y = new int[20];
        for (int i = 0; i < 20; i++)
        {
            x[i][0] = i < 10 ? 0.0 : 1.0;
            y[i] = i < 10 ? (i < 2 ? 1 : 0) : (i < 16 ? 1 : 0);
        }
        return new Data(x, y);
    }

    private record Data(double[][] x, int[] y)
    {
    }
}
