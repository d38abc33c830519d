package io.ticksignal.train;

import java.util.Arrays;

import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * L2-regularised, sample-weighted logistic regression (2 classes, sigmoid) or multinomial regression (3 classes,
 * softmax), fitted to its exact optimum by Newton's method with a backtracking line search.
 * <p>
 * Objective: {@code sum_i w_i * (-ln p_i[y_i]) + (l2 / 2) * sum of squared coefficients} (intercepts are not
 * penalised), on features standardised with the fit rows' mean and standard deviation (population; a constant
 * feature keeps scale 1). Softmax uses one coefficient row per class with the first class's intercept fixed at 0 (the
 * likelihood does not change when the same constant is added to every intercept; the penalised coefficients need no
 * such constraint since their optimum already sums to zero over classes). Iterations stop when the largest Newton
 * step is below {@value #STEP_TOLERANCE} (standardised scale) or after {@value #MAX_ITERATIONS} iterations. The
 * standardisation is then folded into the coefficients ({@code W[r][j] = beta[r][j] / sd[j]},
 * {@code b[r] = beta0[r] - sum_j beta[r][j] * mean[j] / sd[j]}), so the model takes raw feature values. Features are
 * rounded to float32 first, as the exported model rounds them. Deterministic; cold path.
 */
final class LogisticTrainer
{
    static final int MAX_ITERATIONS = 100;
    static final double STEP_TOLERANCE = 1e-10;

    private final double l2;

    /**
     * @param l2 the penalty on coefficients, at least 0 (0 = plain maximum likelihood).
     */
    LogisticTrainer(final double l2)
    {
        this.l2 = l2;
    }

    /**
     * The fitted model and how the fit went.
     *
     * @param model      the model on raw features.
     * @param iterations Newton iterations taken.
     * @param converged  whether the step fell below the tolerance within the cap.
     */
    record Fit(LogisticModel model, int iterations, boolean converged)
    {
    }

    Fit fit(final double[][] x, final int[] y, final double[] weights, final RowRange rows, final int classes)
    {
        final int width = x[rows.start()].length;
        final double[] mean = new double[width];
        final double[] scale = new double[width];
        final double[][] z = standardise(x, rows, mean, scale);
        final int outputs = classes == 2 ? 1 : classes;
        final int stride = width + 1;
        final int size = outputs * stride;
        final double[] theta = new double[size];
        final double[] gradient = new double[size];
        final double[][] hessian = new double[size][size];
        final double[] step = new double[size];
        final double[] trial = new double[size];
        final double[] scores = new double[outputs];
        int iteration = 0;
        boolean converged = false;
        double objective = evaluate(z, y, weights, rows.start(), theta, outputs, gradient, hessian, scores);
        while (iteration < MAX_ITERATIONS && !converged)
        {
            iteration++;
            if (outputs > 1)
            {
                fixFirstIntercept(gradient, hessian);
            }
            solve(hessian, gradient, step);
            double largest = 0.0;
            double slope = 0.0;
            for (int p = 0; p < size; p++)
            {
                largest = Math.max(largest, Math.abs(step[p]));
                slope += gradient[p] * step[p];
            }
            double t = 1.0;
            double next;
            while (true)
            {
                for (int p = 0; p < size; p++)
                {
                    trial[p] = theta[p] + t * step[p];
                }
                next = evaluate(z, y, weights, rows.start(), trial, outputs, null, null, scores);
                if (next <= objective + 1e-4 * t * slope || t * largest < STEP_TOLERANCE)
                {
                    break;
                }
                t *= 0.5;
            }
            System.arraycopy(trial, 0, theta, 0, size);
            converged = t * largest < STEP_TOLERANCE;
            objective = evaluate(z, y, weights, rows.start(), theta, outputs, gradient, hessian, scores);
        }
        return new Fit(unstandardise(theta, outputs, width, mean, scale), iteration, converged);
    }

    private static double[][] standardise(
        final double[][] x, final RowRange rows, final double[] mean, final double[] scale)
    {
        final int n = rows.size();
        final int width = mean.length;
        final double[][] z = new double[n][width];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < width; j++)
            {
                z[i][j] = (float)x[rows.start() + i][j];
                mean[j] += z[i][j];
            }
        }
        for (int j = 0; j < width; j++)
        {
            mean[j] /= n;
            double sum = 0.0;
            for (int i = 0; i < n; i++)
            {
                sum += (z[i][j] - mean[j]) * (z[i][j] - mean[j]);
            }
            scale[j] = sum > 0.0 ? Math.sqrt(sum / n) : 1.0;
            for (int i = 0; i < n; i++)
            {
                z[i][j] = (z[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    /**
     * @return the penalised objective at {@code theta}; fills gradient and Hessian when they are given.
     */
    private double evaluate(
        final double[][] z, final int[] y, final double[] weights, final int offset, final double[] theta,
        final int outputs, final double[] gradient, final double[][] hessian, final double[] p)
    {
        final int width = z[0].length;
        final int stride = width + 1;
        if (gradient != null)
        {
            Arrays.fill(gradient, 0.0);
            for (final double[] row : hessian)
            {
                Arrays.fill(row, 0.0);
            }
        }
        double objective = 0.0;
        for (int i = 0; i < z.length; i++)
        {
            final double w = weights[offset + i];
            final int label = y[offset + i];
            objective += w * loss(z[i], label, theta, outputs, p);
            if (gradient != null)
            {
                accumulate(z[i], label, w, outputs, p, gradient, hessian);
            }
        }
        for (int r = 0; r < outputs; r++)
        {
            for (int j = 1; j < stride; j++)
            {
                final double beta = theta[r * stride + j];
                objective += 0.5 * l2 * beta * beta;
                if (gradient != null)
                {
                    gradient[r * stride + j] += l2 * beta;
                    hessian[r * stride + j][r * stride + j] += l2;
                }
            }
        }
        return objective;
    }

    /**
     * @return {@code -ln p[label]}; leaves the model probabilities in {@code p} (sigmoid: P(up) in p[0]).
     */
    private static double loss(final double[] z, final int label, final double[] theta, final int outputs,
        final double[] p)
    {
        final int stride = z.length + 1;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < outputs; r++)
        {
            double s = theta[r * stride];
            for (int j = 0; j < z.length; j++)
            {
                s += theta[r * stride + 1 + j] * z[j];
            }
            p[r] = s;
            max = Math.max(max, s);
        }
        if (outputs == 1)
        {
            final double s = p[0];
            p[0] = 1.0 / (1.0 + Math.exp(-s));
            final double softplus = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
            return softplus - (label == 1 ? s : 0.0);
        }
        double sum = 0.0;
        for (int r = 0; r < outputs; r++)
        {
            sum += Math.exp(p[r] - max);
        }
        final double logSum = max + Math.log(sum);
        final double chosen = p[label];
        for (int r = 0; r < outputs; r++)
        {
            p[r] = Math.exp(p[r] - logSum);
        }
        return logSum - chosen;
    }

    private static void accumulate(
        final double[] z, final int label, final double w, final int outputs, final double[] p,
        final double[] gradient, final double[][] hessian)
    {
        final int stride = z.length + 1;
        for (int k = 0; k < outputs; k++)
        {
            final double target = outputs == 1 ? (label == 1 ? 1.0 : 0.0) : (label == k ? 1.0 : 0.0);
            final double residual = w * (p[k] - target);
            for (int a = 0; a < stride; a++)
            {
                gradient[k * stride + a] += residual * feature(z, a);
            }
            for (int l = 0; l < outputs; l++)
            {
                final double c = w * p[k] * ((k == l ? 1.0 : 0.0) - p[l]);
                for (int a = 0; a < stride; a++)
                {
                    final double ca = c * feature(z, a);
                    final double[] row = hessian[k * stride + a];
                    for (int b = 0; b < stride; b++)
                    {
                        row[l * stride + b] += ca * feature(z, b);
                    }
                }
            }
        }
    }

    private static double feature(final double[] z, final int index)
    {
        return index == 0 ? 1.0 : z[index - 1];
    }

    private static void fixFirstIntercept(final double[] gradient, final double[][] hessian)
    {
        gradient[0] = 0.0;
        for (int p = 0; p < gradient.length; p++)
        {
            hessian[0][p] = 0.0;
            hessian[p][0] = 0.0;
        }
        hessian[0][0] = 1.0;
    }

    /**
     * Solves {@code H d = -g} by Cholesky decomposition.
     */
    private static void solve(final double[][] hessian, final double[] gradient, final double[] step)
    {
        final int size = gradient.length;
        final double[][] l = new double[size][size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = hessian[i][j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j)
                {
                    if (!(sum > 1e-300))
                    {
                        throw new TrainingException("logistic regression: the Hessian is singular (a constant or"
                            + " duplicated feature, or classes separated perfectly); train with --l2 above 0");
                    }
                    l[i][i] = Math.sqrt(sum);
                }
                else
                {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        final double[] v = new double[size];
        for (int i = 0; i < size; i++)
        {
            double sum = -gradient[i];
            for (int k = 0; k < i; k++)
            {
                sum -= l[i][k] * v[k];
            }
            v[i] = sum / l[i][i];
        }
        for (int i = size - 1; i >= 0; i--)
        {
            double sum = v[i];
            for (int k = i + 1; k < size; k++)
            {
                sum -= l[k][i] * step[k];
            }
            step[i] = sum / l[i][i];
        }
    }

    private static LogisticModel unstandardise(
        final double[] theta, final int outputs, final int width, final double[] mean, final double[] scale)
    {
        final int stride = width + 1;
        final double[][] coefficients = new double[outputs][width];
        final double[] intercepts = new double[outputs];
        for (int r = 0; r < outputs; r++)
        {
            double intercept = theta[r * stride];
            for (int j = 0; j < width; j++)
            {
                final double beta = theta[r * stride + 1 + j];
                coefficients[r][j] = beta / scale[j];
                intercept -= beta * mean[j] / scale[j];
            }
            intercepts[r] = intercept;
        }
        return new LogisticModel(outputs == 1 ? LinkFunction.SIGMOID : LinkFunction.SOFTMAX, coefficients,
            intercepts);
    }
}
