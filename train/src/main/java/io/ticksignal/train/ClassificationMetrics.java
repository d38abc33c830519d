package io.ticksignal.train;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ticksignal.replay.backtest.CalibrationTable;
import io.ticksignal.replay.backtest.SignalQuality;

/**
 * The metrics written per split and per walk-forward window, on the bundle's (calibrated) class probabilities:
 * <ul>
 *     <li>{@code accuracy}: share of rows whose most probable class (ties: the lower class) is the label;</li>
 *     <li>{@code rocAuc}: binary, of P(up) ({@link SignalQuality#rocAuc}); three classes, one-vs-rest of P(UP)
 *     against "label is UP"; NaN when a side is empty;</li>
 *     <li>{@code logLoss}: {@code -mean ln p[label]}, p clipped to {@code [1e-15, 1 - 1e-15]} (binary:
 *     {@link SignalQuality#logLoss});</li>
 *     <li>{@code brier}: binary {@code mean (P(up) - y)^2} ({@link SignalQuality#brier}); three classes the
 *     multi-class form {@code mean sum_k (p_k - [label = k])^2} (range 0..2);</li>
 *     <li>{@code ece}: expected calibration error over 10 equal-width bins, {@code sum_b (n_b / n) |mean predicted -
 *     realised|}: binary of P(up) against up ({@link SignalQuality#calibration}), three classes of the top class's
 *     probability against being right (top-label ECE).</li>
 * </ul>
 * Cold path; stateless.
 */
final class ClassificationMetrics
{
    static final String[] NAMES = {"accuracy", "rocAuc", "logLoss", "brier", "ece"};
    private static final int BINS = 10;

    private ClassificationMetrics()
    {
    }

    /**
     * @param probabilities per row, class probabilities in label order.
     * @param labels        per row, the class index.
     * @return metric name to value, in {@link #NAMES} order.
     */
    static Map<String, Double> of(final double[][] probabilities, final int[] labels)
    {
        final int n = labels.length;
        final int classes = probabilities[0].length;
        final double[] up = new double[n];
        final double[] isUp = new double[n];
        int correct = 0;
        for (int i = 0; i < n; i++)
        {
            up[i] = probabilities[i][classes - 1];
            isUp[i] = labels[i] == classes - 1 ? 1.0 : 0.0;
            correct += argmax(probabilities[i]) == labels[i] ? 1 : 0;
        }
        final Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", (double)correct / n);
        metrics.put("rocAuc", SignalQuality.rocAuc(up, isUp));
        if (classes == 2)
        {
            metrics.put("logLoss", SignalQuality.logLoss(up, isUp));
            metrics.put("brier", SignalQuality.brier(up, isUp));
            metrics.put("ece", ece(SignalQuality.calibration(up, isUp, BINS), n));
            return metrics;
        }
        double logLoss = 0.0;
        double brier = 0.0;
        final double[] confidence = new double[n];
        final double[] right = new double[n];
        for (int i = 0; i < n; i++)
        {
            final double p = probabilities[i][labels[i]];
            logLoss -= Math.log(Math.min(1.0 - SignalQuality.LOG_LOSS_EPSILON,
                Math.max(SignalQuality.LOG_LOSS_EPSILON, p)));
            for (int k = 0; k < classes; k++)
            {
                final double error = probabilities[i][k] - (labels[i] == k ? 1.0 : 0.0);
                brier += error * error;
            }
            final int top = argmax(probabilities[i]);
            confidence[i] = probabilities[i][top];
            right[i] = top == labels[i] ? 1.0 : 0.0;
        }
        metrics.put("logLoss", logLoss / n);
        metrics.put("brier", brier / n);
        metrics.put("ece", ece(SignalQuality.calibration(confidence, right, BINS), n));
        return metrics;
    }

    static double ece(final CalibrationTable table, final int rows)
    {
        double sum = 0.0;
        for (int b = 0; b < table.bins(); b++)
        {
            if (table.count(b) > 0)
            {
                sum += (double)table.count(b) / rows * Math.abs(table.meanPredicted(b) - table.realisedFrequency(b));
            }
        }
        return sum;
    }

    static int argmax(final double[] values)
    {
        int best = 0;
        for (int k = 1; k < values.length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }
        return best;
    }
}
