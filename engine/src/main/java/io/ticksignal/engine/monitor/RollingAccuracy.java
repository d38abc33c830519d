package io.ticksignal.engine.monitor;

import java.util.Arrays;

import io.ticksignal.engine.model.LabelSpec;

/**
 * The rolling accuracy of a model's predictions once their labels mature, from event time only.
 * <ul>
 *     <li>{@link #onPrediction}: the model's latest predicted class for an instrument (the argmax of a decision's
 *     class probabilities).</li>
 *     <li>{@link #onBarClose}: a bar of the label's timeframe closed for an instrument, as bar {@code t}. Its close
 *     and the latest prediction at or before it are remembered. When bar {@code t + H} closes ({@code H} the
 *     label's horizon in bars), the label of bar {@code t} has matured: the realised class is
 *     {@code label.classOf(close[t+H] / close[t] - 1)}, and it is compared with the prediction remembered at
 *     {@code t}. Bars are counted as they close (an interval without events makes no bar, as in the feature
 *     timeline and the dataset), so nothing matures before {@code H} more bars have closed.</li>
 * </ul>
 * A bar closed before the model's first prediction for the instrument has no prediction; its label matures
 * unscored ({@link #unscoredLabels()}). The accuracy is the share of correct predictions among the last
 * {@code accuracyWindow} scored labels, pooled over instruments in the order they matured.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none per call.
 */
public final class RollingAccuracy
{
    /** A class index meaning "no prediction yet". */
    public static final int NO_PREDICTION = -1;

    private final LabelSpec label;
    private final int slots;
    private final double[][] closes;
    private final int[][] predictions;
    private final long[] barCounts;
    private final int[] latestPrediction;
    private final boolean[] outcomes;
    private int outcomeHead;
    private int outcomesHeld;
    private int correctHeld;
    private long maturedLabels;
    private long unscoredLabels;

    /**
     * @param label           what the model predicts.
     * @param instrumentCount instruments (dense indexes 0..n-1).
     * @param accuracyWindow  scored labels the accuracy is taken over, at least 1.
     */
    public RollingAccuracy(final LabelSpec label, final int instrumentCount, final int accuracyWindow)
    {
        if (accuracyWindow < 1)
        {
            throw new IllegalArgumentException("accuracyWindow must be at least 1: " + accuracyWindow);
        }
        this.label = label;
        this.slots = label.horizonBars() + 1;
        this.closes = new double[instrumentCount][slots];
        this.predictions = new int[instrumentCount][slots];
        this.barCounts = new long[instrumentCount];
        this.latestPrediction = new int[instrumentCount];
        Arrays.fill(latestPrediction, NO_PREDICTION);
        this.outcomes = new boolean[accuracyWindow];
    }

    /**
     * Forget every instrument's latest prediction (a model swap: bar closes from here are scored with the new model's
     * predictions only). Allocation: none.
     */
    public void forgetLatestPredictions()
    {
        Arrays.fill(latestPrediction, NO_PREDICTION);
    }

    /**
     * The model predicted a class for an instrument. Allocation: none.
     *
     * @param instrumentIndex the instrument.
     * @param predictedClass  class index in label order ({@code DOWN, UP} or {@code DOWN, FLAT, UP}).
     */
    public void onPrediction(final int instrumentIndex, final int predictedClass)
    {
        latestPrediction[instrumentIndex] = predictedClass;
    }

    /**
     * A bar of the label's timeframe closed. Allocation: none.
     *
     * @param instrumentIndex the instrument.
     * @param close           the bar's close, &gt; 0.
     * @return true when this close matured the label of the bar {@code H} bars before it and that label was scored
     * (it had a prediction).
     */
    public boolean onBarClose(final int instrumentIndex, final double close)
    {
        final long bar = barCounts[instrumentIndex];
        final double[] closeRing = closes[instrumentIndex];
        final int[] predictionRing = predictions[instrumentIndex];
        boolean scored = false;
        if (bar >= label.horizonBars())
        {
            final int matured = (int)((bar - label.horizonBars()) % slots);
            maturedLabels++;
            final int predicted = predictionRing[matured];
            if (NO_PREDICTION == predicted)
            {
                unscoredLabels++;
            }
            else
            {
                final int realised = label.classOf(close / closeRing[matured] - 1.0);
                record(predicted == realised);
                scored = true;
            }
        }
        final int slot = (int)(bar % slots);
        closeRing[slot] = close;
        predictionRing[slot] = latestPrediction[instrumentIndex];
        barCounts[instrumentIndex] = bar + 1;
        return scored;
    }

    private void record(final boolean correct)
    {
        if (outcomesHeld == outcomes.length)
        {
            if (outcomes[outcomeHead])
            {
                correctHeld--;
            }
        }
        else
        {
            outcomesHeld++;
        }
        outcomes[outcomeHead] = correct;
        if (correct)
        {
            correctHeld++;
        }
        outcomeHead = outcomeHead + 1 == outcomes.length ? 0 : outcomeHead + 1;
    }

    /**
     * @return correct / scored over the last {@code accuracyWindow} scored labels; NaN before the first.
     */
    public double accuracy()
    {
        return 0 == outcomesHeld ? Double.NaN : (double)correctHeld / outcomesHeld;
    }

    /**
     * @return scored labels in the window (at most {@code accuracyWindow}).
     */
    public int labelsInWindow()
    {
        return outcomesHeld;
    }

    /**
     * @return correct predictions in the window.
     */
    public int correctInWindow()
    {
        return correctHeld;
    }

    /**
     * @return labels matured so far, scored or not.
     */
    public long maturedLabels()
    {
        return maturedLabels;
    }

    /**
     * @return matured labels without a prediction (the model had not decided yet when their bar closed).
     */
    public long unscoredLabels()
    {
        return unscoredLabels;
    }

    /**
     * @param instrumentIndex the instrument.
     * @return bars of the label's timeframe closed so far.
     */
    public long barCount(final int instrumentIndex)
    {
        return barCounts[instrumentIndex];
    }

    /**
     * @return the label.
     */
    public LabelSpec label()
    {
        return label;
    }
}
