package io.ticksignal.replay.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signal quality at the horizon, computed by {@link SignalQuality}.
 */
public final class SignalQualityMetrics
{
    /** Calibration bins: deciles of predicted P(up). */
    public static final int CALIBRATION_BINS = 10;

    private final Map<String, Double> values;
    private final CalibrationTable calibration;

    private SignalQualityMetrics(final Map<String, Double> values, final CalibrationTable calibration)
    {
        this.values = values;
        this.calibration = calibration;
    }

    /**
     * @param sample the scored signals.
     * @return the measures.
     */
    public static SignalQualityMetrics of(final SignalSample sample)
    {
        final double[] pUp = sample.pUp();
        final double[] outcomes = sample.outcomes();
        final Map<String, Double> values = new LinkedHashMap<>();
        values.put("scoredSignals", (double)sample.size());
        values.put("hitRate", SignalQuality.hitRate(sample.directions(), outcomes));
        values.put("rocAuc", SignalQuality.rocAuc(pUp, outcomes));
        values.put("logLoss", SignalQuality.logLoss(pUp, outcomes));
        values.put("brier", SignalQuality.brier(pUp, outcomes));
        values.put("baseRateUp", Metrics.mean(outcomes));
        return new SignalQualityMetrics(values, SignalQuality.calibration(pUp, outcomes, CALIBRATION_BINS));
    }

    /** @return measure name to value in a stable order (names as in metrics.json). */
    public Map<String, Double> asMap()
    {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** @return the calibration table over deciles. */
    public CalibrationTable calibration()
    {
        return calibration;
    }
}
