package io.ticksignal.replay.backtest;

import java.util.Arrays;

/**
 * Signal-quality measures as pure static functions. Outcomes are {@code 1.0} when the realised return at the
 * horizon is strictly positive (up) and {@code 0.0} otherwise; {@code pUp} is the predicted probability of up.
 */
public final class SignalQuality
{
    /** Probabilities are clipped to {@code [LOG_LOSS_EPSILON, 1 - LOG_LOSS_EPSILON]} in {@link #logLoss}. */
    public static final double LOG_LOSS_EPSILON = 1e-15;

    private SignalQuality()
    {
    }

    /**
     * Hit rate over directional signals: a BUY ({@code +1}) hits when the outcome is up, a SELL ({@code -1}) hits
     * when it is not; HOLD ({@code 0}) signals are not counted.
     *
     * @param directions signal directions, +1, -1 or 0.
     * @param outcomes   1.0 when up, 0.0 otherwise.
     * @return {@code hits / directional signals}, NaN when there is no directional signal.
     */
    public static double hitRate(final int[] directions, final double[] outcomes)
    {
        int counted = 0;
        int hits = 0;
        for (int i = 0; i < directions.length; i++)
        {
            if (0 != directions[i])
            {
                counted++;
                final boolean up = outcomes[i] > 0.5;
                hits += (directions[i] > 0) == up ? 1 : 0;
            }
        }
        return 0 == counted ? Double.NaN : (double)hits / counted;
    }

    /**
     * ROC-AUC by the Mann-Whitney statistic: rank the scores ascending (tied scores share their average rank),
     * {@code AUC = (R1 - n1 (n1 + 1) / 2) / (n1 n0)} with {@code R1} the rank sum of the positives, so a tie between a
     * positive and a negative counts one half.
     *
     * @param scores   predicted P(up).
     * @param outcomes 1.0 when up, 0.0 otherwise.
     * @return the AUC in [0, 1]; NaN when either class is empty.
     */
    public static double rocAuc(final double[] scores, final double[] outcomes)
    {
        final int n = scores.length;
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0.0;
        long positives = 0;
        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }
            final double averageRank = (start + end) / 2.0 + 1.0;
            for (int i = start; i <= end; i++)
            {
                if (outcomes[order[i]] > 0.5)
                {
                    positives++;
                    positiveRankSum += averageRank;
                }
            }
            start = end + 1;
        }
        final long negatives = n - positives;
        if (0 == positives || 0 == negatives)
        {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /**
     * Log loss {@code -mean(y ln p + (1 - y) ln(1 - p))}, with p clipped to {@code [1e-15, 1 - 1e-15]}.
     *
     * @param pUp      predicted P(up).
     * @param outcomes 1.0 when up, 0.0 otherwise.
     * @return the loss in nats, NaN when empty.
     */
    public static double logLoss(final double[] pUp, final double[] outcomes)
    {
        if (0 == pUp.length)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int i = 0; i < pUp.length; i++)
        {
            final double p = Math.min(1.0 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, pUp[i]));
            sum += outcomes[i] * Math.log(p) + (1.0 - outcomes[i]) * Math.log(1.0 - p);
        }
        return -sum / pUp.length;
    }

    /**
     * Brier score {@code mean((p - y)^2)}.
     *
     * @param pUp      predicted P(up).
     * @param outcomes 1.0 when up, 0.0 otherwise.
     * @return the score in [0, 1], NaN when empty.
     */
    public static double brier(final double[] pUp, final double[] outcomes)
    {
        if (0 == pUp.length)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int i = 0; i < pUp.length; i++)
        {
            sum += (pUp[i] - outcomes[i]) * (pUp[i] - outcomes[i]);
        }
        return sum / pUp.length;
    }

    /**
     * Calibration table over {@code bins} equal-width bins of predicted P(up): bin k holds
     * {@code k / bins <= p < (k + 1) / bins} (the last bin includes 1).
     *
     * @param pUp      predicted P(up).
     * @param outcomes 1.0 when up, 0.0 otherwise.
     * @param bins     number of bins (10 for deciles).
     * @return the table.
     */
    public static CalibrationTable calibration(final double[] pUp, final double[] outcomes, final int bins)
    {
        final long[] counts = new long[bins];
        final double[] predictedSum = new double[bins];
        final double[] realisedSum = new double[bins];
        for (int i = 0; i < pUp.length; i++)
        {
            final int bin = Math.min(bins - 1, Math.max(0, (int)Math.floor(pUp[i] * bins)));
            counts[bin]++;
            predictedSum[bin] += pUp[i];
            realisedSum[bin] += outcomes[i];
        }
        return new CalibrationTable(counts, predictedSum, realisedSum);
    }
}
