package io.ticksignal.train;

import java.util.List;
import java.util.Map;

import io.ticksignal.engine.model.DecisionThresholds;
import io.ticksignal.engine.model.FeatureHistogram;
import io.ticksignal.engine.model.calibration.Calibration;

/**
 * The outcome of {@link Trainer#train}: the bundle's model (the last fold's), its calibration and thresholds, the
 * per-fold metrics and the flat metric keys written into {@code training.metrics}. Immutable.
 */
public final class TrainingResult
{
    private final ModelKind kind;
    private final TrainedModel model;
    private final Calibration calibration;
    private final DecisionThresholds thresholds;
    private final List<WindowResult> windows;
    private final Map<String, String> metrics;
    private final List<FeatureHistogram> histograms;
    private final String notes;

    TrainingResult(
        final ModelKind kind,
        final TrainedModel model,
        final Calibration calibration,
        final DecisionThresholds thresholds,
        final List<WindowResult> windows,
        final Map<String, String> metrics,
        final List<FeatureHistogram> histograms,
        final String notes)
    {
        this.kind = kind;
        this.model = model;
        this.calibration = calibration;
        this.thresholds = thresholds;
        this.windows = List.copyOf(windows);
        this.metrics = metrics;
        this.histograms = List.copyOf(histograms);
        this.notes = notes;
    }

    /**
     * @return the trainer that ran.
     */
    public ModelKind kind()
    {
        return kind;
    }

    TrainedModel model()
    {
        return model;
    }

    /**
     * @return the calibration fitted on the final fold's validation rows (NONE for three classes).
     */
    public Calibration calibration()
    {
        return calibration;
    }

    /**
     * @return the thresholds chosen on the final fold's validation rows.
     */
    public DecisionThresholds thresholds()
    {
        return thresholds;
    }

    /**
     * @return per fold (one for a split, one per walk-forward window), in time order.
     */
    public List<WindowResult> windows()
    {
        return windows;
    }

    /**
     * @return the flat metrics as written into {@code training.metrics} (insertion order).
     */
    public Map<String, String> metrics()
    {
        return metrics;
    }

    /**
     * @return the training-row histograms per feature.
     */
    public List<FeatureHistogram> histograms()
    {
        return histograms;
    }

    /**
     * @return the training notes written into the bundle.
     */
    public String notes()
    {
        return notes;
    }

    /**
     * Uncalibrated class probabilities of the bundle's model (what its ONNX file outputs, as class probabilities).
     *
     * @param features one raw feature row.
     * @return class probabilities in label order.
     */
    public double[] predictRaw(final double[] features)
    {
        final double[] probabilities = new double[model.classCount()];
        model.predict(features, probabilities);
        return probabilities;
    }
}
