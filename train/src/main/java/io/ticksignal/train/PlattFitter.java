package io.ticksignal.train;

import io.ticksignal.engine.model.calibration.PlattCalibration;

/**
 * Fits the engine's Platt calibration {@code p = 1 / (1 + exp(-(a * s + b)))} ({@link PlattCalibration}) on held-out
 * rows, where {@code s} is the model's uncalibrated P(up) — the value the engine's bundle scorer calibrates. Maximum
 * likelihood with Platt's (1999) smoothed targets, {@code (N+ + 1) / (N+ + 2)} for up rows and {@code 1 / (N- + 2)}
 * for down rows (so the fit stays finite when the rows are separable), unweighted: the calibration maps the
 * class-weighted model back to the real frequencies. Newton's method with a backtracking line search, from
 * {@code a = 0, b = ln((N+ + 1) / (N- + 1))}, until the step is below 1e-12 or after 100 iterations. Cold path.
 */
final class PlattFitter
{
    private static final int MAX_ITERATIONS = 100;
    private static final double STEP_TOLERANCE = 1e-12;

    private PlattFitter()
    {
    }

    /**
     * @param scores   uncalibrated P(up) per row.
     * @param outcomes 1 for up, 0 for down, per row.
     * @return the fitted calibration.
     * @throws TrainingException when every score is the same (nothing to calibrate).
     */
    static PlattCalibration fit(final double[] scores, final int[] outcomes)
    {
        int positives = 0;
        for (final int outcome : outcomes)
        {
            positives += outcome;
        }
        final int negatives = outcomes.length - positives;
        final double high = (positives + 1.0) / (positives + 2.0);
        final double low = 1.0 / (negatives + 2.0);
        double a = 0.0;
        double b = Math.log((positives + 1.0) / (negatives + 1.0));
        double objective = objective(scores, outcomes, high, low, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++)
        {
            double ga = 0.0;
            double gb = 0.0;
            double haa = 0.0;
            double hab = 0.0;
            double hbb = 0.0;
            for (int i = 0; i < scores.length; i++)
            {
                final double q = 1.0 / (1.0 + Math.exp(-(a * scores[i] + b)));
                final double t = outcomes[i] == 1 ? high : low;
                final double d = q * (1.0 - q);
                ga += (q - t) * scores[i];
                gb += q - t;
                haa += d * scores[i] * scores[i];
                hab += d * scores[i];
                hbb += d;
            }
            final double determinant = haa * hbb - hab * hab;
            if (!(determinant > 1e-12 * Math.max(1.0, haa * hbb)))
            {
                throw new TrainingException("Platt calibration: the model gives (nearly) the same P(up) to every"
                    + " validation row, so there is nothing to calibrate; check the features, lower --l2, or use"
                    + " more validation rows");
            }
            final double da = -(hbb * ga - hab * gb) / determinant;
            final double db = -(haa * gb - hab * ga) / determinant;
            final double slope = ga * da + gb * db;
            double t = 1.0;
            double next = objective(scores, outcomes, high, low, a + da, b + db);
            while (next > objective + 1e-4 * t * slope && t * Math.max(Math.abs(da), Math.abs(db)) >= STEP_TOLERANCE)
            {
                t *= 0.5;
                next = objective(scores, outcomes, high, low, a + t * da, b + t * db);
            }
            a += t * da;
            b += t * db;
            objective = next;
            if (t * Math.max(Math.abs(da), Math.abs(db)) < STEP_TOLERANCE)
            {
                break;
            }
        }
        return new PlattCalibration(a, b);
    }

    private static double objective(
        final double[] scores, final int[] outcomes, final double high, final double low, final double a,
        final double b)
    {
        double sum = 0.0;
        for (int i = 0; i < scores.length; i++)
        {
            final double z = a * scores[i] + b;
            final double t = outcomes[i] == 1 ? high : low;
            final double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            sum += softplus - t * z;
        }
        return sum;
    }
}
