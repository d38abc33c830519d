package io.ticksignal.engine.model;

import java.util.List;

import io.ticksignal.engine.model.calibration.Calibration;
import io.ticksignal.engine.model.calibration.CalibrationKind;

/**
 * A bundle's scorer as the pipeline uses it: the raw scorer's output interpreted by the {@link OutputMeaning} and
 * calibrated, giving class probabilities in label order. Binary: {@code p = calibrate(P(up))} (column 0 of a width-1
 * output, column 1 of a width-2 one), output {@code [1 - p, p]}. Class probabilities: each calibrated, then
 * renormalised to sum to 1 when a calibration is applied.
 * <p>
 * Thread: one instance per thread. Allocation: none per call beyond what the raw scorer does (ONNX Runtime only).
 */
public final class BundleScorer implements ModelScorer
{
    private final ModelScorer raw;
    private final OutputMeaning meaning;
    private final Calibration calibration;
    private final List<String> labels;
    private final DecisionThresholds thresholds;
    private final double[] rawOutput;

    /**
     * @param raw         the scorer; owned from now on.
     * @param meaning     how to read its output.
     * @param calibration applied to each probability.
     * @param labels      class labels in output order (2 for binary).
     * @param thresholds  the bundle's thresholds (carried for the decision policy).
     */
    public BundleScorer(
        final ModelScorer raw,
        final OutputMeaning meaning,
        final Calibration calibration,
        final List<String> labels,
        final DecisionThresholds thresholds)
    {
        this.raw = raw;
        this.meaning = meaning;
        this.calibration = calibration;
        this.labels = List.copyOf(labels);
        this.thresholds = thresholds;
        this.rawOutput = new double[raw.outputWidth()];
        final int expected = meaning == OutputMeaning.BINARY ? 2 : raw.outputWidth();
        if (this.labels.size() != expected || (meaning == OutputMeaning.BINARY && raw.outputWidth() > 2))
        {
            throw new IllegalArgumentException("a " + meaning + " scorer with output width " + raw.outputWidth()
                + " cannot have labels " + labels);
        }
    }

    @Override
    public int inputWidth()
    {
        return raw.inputWidth();
    }

    /**
     * @return number of class probabilities written: the label count.
     */
    @Override
    public int outputWidth()
    {
        return labels.size();
    }

    /**
     * @return the class labels in output order.
     */
    public List<String> labels()
    {
        return labels;
    }

    /**
     * @return the bundle's decision thresholds.
     */
    public DecisionThresholds thresholds()
    {
        return thresholds;
    }

    /**
     * @return the raw scorer.
     */
    public ModelScorer raw()
    {
        return raw;
    }

    /**
     * @param features the feature row, in the bundle's feature order.
     * @param output   receives the calibrated class probabilities in label order.
     */
    @Override
    public void score(final double[] features, final double[] output)
    {
        final double[] values = rawOutput;
        raw.score(features, values);
        if (meaning == OutputMeaning.BINARY)
        {
            final double up = calibration.apply(values.length == 1 ? values[0] : values[1]);
            output[0] = 1.0 - up;
            output[1] = up;
            return;
        }
        final int count = values.length;
        if (calibration.kind() == CalibrationKind.NONE)
        {
            System.arraycopy(values, 0, output, 0, count);
            return;
        }
        double sum = 0.0;
        for (int k = 0; k < count; k++)
        {
            output[k] = calibration.apply(values[k]);
            sum += output[k];
        }
        for (int k = 0; k < count; k++)
        {
            output[k] = sum > 0.0 ? output[k] / sum : 1.0 / count;
        }
    }

    @Override
    public void close()
    {
        raw.close();
    }
}
