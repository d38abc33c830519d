package io.ticksignal.engine.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.config.MonitoringConfig;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.model.FeatureHistogram;
import io.ticksignal.engine.model.LabelSpec;
import io.ticksignal.engine.model.ModelMetadata;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.FeatureStage;

/**
 * In-line drift monitoring of the configured model bundle, run by the pipeline after its decision stage on every
 * accepted input:
 * <ol>
 *     <li>at a decision point, each feature with a training histogram ({@code monitoring.histograms}) adds its
 *     current value to its {@link FeatureDriftWindow} and its PSI is recomputed (O(bins)); the decision's
 *     predicted class (argmax of its class probabilities, the lowest index on a tie) becomes the instrument's
 *     latest prediction;</li>
 *     <li>the input is applied to the bars of the label's timeframe ({@link LabelBars}); a close matures labels in
 *     {@link RollingAccuracy}.</li>
 * </ol>
 * Alerts are edge-triggered with hysteresis, so a value hovering at the level does not raise an alert per minute: a
 * feature alerts when its PSI rises above {@code monitoring.psiAlert} and clears when it is back at or below
 * {@value #PSI_CLEAR_SHARE} of it; the accuracy alerts when, with at least {@code monitoring.minLabels} scored labels
 * in the window, it falls below {@code monitoring.accuracyFloor}, and clears at or above the floor plus
 * {@value #ACCURACY_CLEAR_MARGIN}. Each crossing is counted
 * ({@link MonitorCounters}) and told to a {@link DriftAlertListener} (the engine logs one line).
 * <p>
 * Time comes from events only; the same inputs give the same values live, in recovery and in replay. A decision
 * without class probabilities, or with a different number of classes than the label (the features not warm, or a
 * live-swapped model of another kind), makes no prediction. A live model swap ({@link #onModelSwap}) moves each
 * monitored feature to the swapped-in bundle's training histogram, with an empty window (PSI is reported again once
 * it has refilled), and the accuracy scores the new model's predictions from there; the set of monitored features
 * and the label stay those of the bundle the engine started with.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none per input (an alert crossing calls the
 * listener, which may allocate).
 */
public final class DriftMonitor
{
    /** A PSI alert clears at or below this share of {@code psiAlert}. */
    public static final double PSI_CLEAR_SHARE = 0.8;
    /** An accuracy alert clears at or above {@code accuracyFloor} plus this. */
    public static final double ACCURACY_CLEAR_MARGIN = 0.02;

    private final String inactiveReason;
    private final FeatureDriftWindow[] windows;
    private final String[] featureNames;
    private final FeatureColumn[][] columns;
    private final double[] psi;
    private final boolean[] driftAlerting;
    private final double psiAlert;
    private final int instrumentCount;
    private final int windowLength;
    private final RollingAccuracy accuracy;
    private final LabelBars labelBars;
    private final int minLabels;
    private final double accuracyFloor;
    private MonitorCounters counters;
    private DriftAlertListener listener = DriftAlertListener.NONE;
    private double maxPsi = Double.NaN;
    private int featuresAlerting;
    private long driftAlerts;
    private boolean accuracyAlerting;
    private long accuracyAlerts;
    private long decisionPoints;
    private long scoredLabels;
    private long lastEventTimeNs;

    private DriftMonitor(
        final String inactiveReason,
        final List<FeatureHistogram> histograms,
        final int[] columnIndexes,
        final FeatureStage stage,
        final LabelSpec label,
        final MonitoringConfig config)
    {
        this.inactiveReason = inactiveReason;
        final int instruments = stage.instrumentCount();
        final int count = histograms.size();
        windows = new FeatureDriftWindow[count];
        featureNames = new String[count];
        columns = new FeatureColumn[instruments][count];
        for (int f = 0; f < count; f++)
        {
            windows[f] = new FeatureDriftWindow(histograms.get(f), instruments, config.window());
            featureNames[f] = histograms.get(f).feature();
            for (int i = 0; i < instruments; i++)
            {
                columns[i][f] = stage.timeline(i).column(columnIndexes[f]);
            }
        }
        psi = new double[count];
        Arrays.fill(psi, Double.NaN);
        driftAlerting = new boolean[count];
        psiAlert = config.psiAlert();
        instrumentCount = instruments;
        windowLength = config.window();
        accuracy = null == label ? null : new RollingAccuracy(label, instruments, config.accuracyWindow());
        labelBars = null == label ? null : new LabelBars(label.timeframe(), instruments, accuracy);
        minLabels = config.minLabels();
        accuracyFloor = config.accuracyFloor();
    }

    /**
     * The monitor of a bundle. Configuration time; allocates.
     *
     * @param config   the {@code monitoring:} section.
     * @param metadata the bundle's metadata (histograms, label).
     * @param stage    the pipeline's feature stage, which computes every bundle feature.
     * @return the monitor; inactive ({@link #isActive()} false) when monitoring is disabled or the bundle has
     * neither histograms nor a label.
     * @throws IllegalArgumentException when a histogram's feature is not computed by the stage.
     */
    public static DriftMonitor create(
        final MonitoringConfig config, final ModelMetadata metadata, final FeatureStage stage)
    {
        if (!config.isEnabled())
        {
            return inactive("monitoring.enabled is false", config, stage);
        }
        final List<FeatureHistogram> histograms = metadata.histograms();
        final LabelSpec label = metadata.label().orElse(null);
        if (histograms.isEmpty() && null == label)
        {
            return inactive("the model bundle " + metadata.name() +
                " has no training histograms (monitoring.histograms) and no label block", config, stage);
        }
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        final int[] columnIndexes = new int[histograms.size()];
        for (int f = 0; f < columnIndexes.length; f++)
        {
            columnIndexes[f] = stage.columnOf(parser.parse(histograms.get(f).feature()));
            if (columnIndexes[f] < 0)
            {
                throw new IllegalArgumentException("monitoring.histograms: feature '" + histograms.get(f).feature() +
                    "' of bundle " + metadata.name() + " is not computed by the pipeline");
            }
        }
        return new DriftMonitor(null, histograms, columnIndexes, stage, label, config);
    }

    /**
     * A monitor that monitors nothing. Configuration time.
     *
     * @param reason why (shown by reports), e.g. "the model is the built-in rule".
     * @param config the {@code monitoring:} section.
     * @param stage  the pipeline's feature stage.
     * @return the inactive monitor.
     */
    public static DriftMonitor inactive(final String reason, final MonitoringConfig config, final FeatureStage stage)
    {
        return new DriftMonitor(reason, List.of(), new int[0], stage, null, config);
    }

    /**
     * Where counters and alerts go (the live engine: its counters file and its log). Configuration time, before
     * the first input.
     *
     * @param counters the counters, or null for none.
     * @param listener told at each alert crossing.
     */
    public void attach(final MonitorCounters counters, final DriftAlertListener listener)
    {
        this.counters = counters;
        this.listener = listener;
    }

    /**
     * A live model swap: each monitored feature for which the new bundle has another training histogram is compared
     * with that histogram from now on, over a new, empty window (the old window's bins were of the old histogram); its
     * PSI is not reported until the window has refilled, and an alert it had is cleared (told to the listener). A
     * feature the new bundle has no histogram for, or the same one, keeps its window. The instruments' latest
     * predictions are forgotten, so a bar close is scored only against the new model's predictions. Pipeline thread, between two inputs, at the
     * swap (the same point live, in recovery and in replay); allocates the new windows (cold path).
     *
     * @param metadata the swapped-in bundle's metadata.
     * @param eventTimeNs event time of the last input before the swap (for the alert line).
     */
    public void onModelSwap(final ModelMetadata metadata, final long eventTimeNs)
    {
        if (null != inactiveReason)
        {
            return;
        }
        if (null != accuracy)
        {
            accuracy.forgetLatestPredictions();
        }
        for (final FeatureHistogram histogram : metadata.histograms())
        {
            for (int f = 0; f < featureNames.length; f++)
            {
                // The same histogram (a new version trained on the same rows, or the start model journaled again)
                // keeps its window.
                if (featureNames[f].equals(histogram.feature()) && !histogram.equals(windows[f].histogram()))
                {
                    windows[f] = new FeatureDriftWindow(histogram, instrumentCount, windowLength);
                    psi[f] = Double.NaN;
                    if (driftAlerting[f])
                    {
                        driftAlerting[f] = false;
                        featuresAlerting--;
                        listener.onDriftAlert(AlertEdge.CLEARED, featureNames[f], Double.NaN, psiAlert, eventTimeNs);
                    }
                    updateMax();
                    if (null != counters)
                    {
                        counters.psi(f, psi[f], maxPsi, featuresAlerting);
                    }
                }
            }
        }
    }

    /**
     * Monitor one processed input. Pipeline thread, after the decision stage. Allocation: none.
     *
     * @param event the slot, with its decision.
     */
    public void onEvent(final EngineEvent event)
    {
        if (null != inactiveReason || !event.isAccepted())
        {
            return;
        }
        final int instrument = event.instrumentIndex();
        lastEventTimeNs = event.eventTimeNs();
        if (event.isDecisionPoint())
        {
            decisionPoints++;
            onDecisionPoint(instrument, event.eventTimeNs());
            if (null != accuracy)
            {
                final int count = event.probabilityCount();
                if (count > 0 && count == accuracy.label().classes())
                {
                    accuracy.onPrediction(instrument, argmax(event, count));
                }
            }
        }
        if (null != labelBars)
        {
            final long maturedBefore = accuracy.maturedLabels();
            final int scored = labelBars.onEvent(event);
            if (scored > 0)
            {
                scoredLabels += scored;
                checkAccuracy(event.eventTimeNs());
            }
            if (null != counters && (scored > 0 || accuracy.maturedLabels() != maturedBefore))
            {
                counters.accuracy(accuracy.accuracy(), accuracy.labelsInWindow(), accuracy.maturedLabels());
            }
        }
    }

    private void onDecisionPoint(final int instrument, final long eventTimeNs)
    {
        final FeatureColumn[] instrumentColumns = columns[instrument];
        boolean changed = false;
        for (int f = 0; f < windows.length; f++)
        {
            if (windows[f].push(instrument, instrumentColumns[f].value()))
            {
                psi[f] = windows[f].psi();
                checkDrift(f, eventTimeNs);
                changed = true;
            }
        }
        if (changed)
        {
            updateMax();
            if (null != counters)
            {
                for (int f = 0; f < windows.length; f++)
                {
                    counters.psi(f, psi[f], maxPsi, featuresAlerting);
                }
            }
        }
    }

    private void updateMax()
    {
        double max = Double.NaN;
        for (final double value : psi)
        {
            if (!Double.isNaN(value) && (Double.isNaN(max) || value > max))
            {
                max = value;
            }
        }
        maxPsi = max;
    }

    private void checkDrift(final int feature, final long eventTimeNs)
    {
        final double clearLevel = psiAlert * PSI_CLEAR_SHARE;
        final boolean above = driftAlerting[feature] ? psi[feature] > clearLevel : psi[feature] > psiAlert;
        if (above == driftAlerting[feature])
        {
            return;
        }
        driftAlerting[feature] = above;
        if (above)
        {
            featuresAlerting++;
            driftAlerts++;
            if (null != counters)
            {
                counters.onDriftAlert();
            }
        }
        else
        {
            featuresAlerting--;
        }
        listener.onDriftAlert(above ? AlertEdge.RAISED : AlertEdge.CLEARED, featureNames[feature], psi[feature],
            above ? psiAlert : clearLevel, eventTimeNs);
    }

    private void checkAccuracy(final long eventTimeNs)
    {
        final int labels = accuracy.labelsInWindow();
        if (labels < minLabels)
        {
            return;
        }
        final double value = accuracy.accuracy();
        final double clearLevel = Math.min(1.0, accuracyFloor + ACCURACY_CLEAR_MARGIN);
        final boolean below = accuracyAlerting ? value < clearLevel : value < accuracyFloor;
        if (below == accuracyAlerting)
        {
            return;
        }
        accuracyAlerting = below;
        if (below)
        {
            accuracyAlerts++;
            if (null != counters)
            {
                counters.onAccuracyAlert();
            }
        }
        listener.onAccuracyAlert(below ? AlertEdge.RAISED : AlertEdge.CLEARED, value, labels,
            below ? accuracyFloor : clearLevel, eventTimeNs);
    }

    private static int argmax(final EngineEvent event, final int count)
    {
        int best = 0;
        for (int i = 1; i < count; i++)
        {
            if (event.probability(i) > event.probability(best))
            {
                best = i;
            }
        }
        return best;
    }

    /**
     * @return true when something is monitored.
     */
    public boolean isActive()
    {
        return null == inactiveReason;
    }

    /**
     * @return why nothing is monitored, or null when {@link #isActive()}.
     */
    public String inactiveReason()
    {
        return inactiveReason;
    }

    /**
     * @return features with a training histogram, monitored by PSI.
     */
    public int featureCount()
    {
        return windows.length;
    }

    /**
     * @param feature index among the monitored features (the order of {@code monitoring.histograms}).
     * @return its expression.
     */
    public String feature(final int feature)
    {
        return featureNames[feature];
    }

    /**
     * @return the monitored features' expressions, in order. Allocates.
     */
    public List<String> features()
    {
        return new ArrayList<>(List.of(featureNames));
    }

    /**
     * @param feature index among the monitored features.
     * @return its PSI now, NaN until its window holds {@code monitoring.window} values.
     */
    public double psi(final int feature)
    {
        return psi[feature];
    }

    /**
     * @param feature index among the monitored features.
     * @return its window.
     */
    public FeatureDriftWindow window(final int feature)
    {
        return windows[feature];
    }

    /**
     * @return the largest PSI now, NaN while none is reported.
     */
    public double maxPsi()
    {
        return maxPsi;
    }

    /**
     * @param feature index among the monitored features.
     * @return whether it is above the alert level now.
     */
    public boolean isDriftAlerting(final int feature)
    {
        return driftAlerting[feature];
    }

    /**
     * @return times a feature's PSI rose above {@link #psiAlert()}.
     */
    public long driftAlerts()
    {
        return driftAlerts;
    }

    /**
     * @return {@code monitoring.psiAlert}.
     */
    public double psiAlert()
    {
        return psiAlert;
    }

    /**
     * @return true when the bundle has a label, so accuracy is monitored.
     */
    public boolean monitorsAccuracy()
    {
        return null != accuracy;
    }

    /**
     * @return the rolling accuracy (null without a label).
     */
    public RollingAccuracy rollingAccuracy()
    {
        return accuracy;
    }

    /**
     * @return the rolling accuracy now, NaN without a label or before the first scored label.
     */
    public double accuracy()
    {
        return null == accuracy ? Double.NaN : accuracy.accuracy();
    }

    /**
     * @return whether the accuracy is below the floor now.
     */
    public boolean isAccuracyAlerting()
    {
        return accuracyAlerting;
    }

    /**
     * @return times the accuracy fell below the floor.
     */
    public long accuracyAlerts()
    {
        return accuracyAlerts;
    }

    /**
     * @return {@code monitoring.accuracyFloor}.
     */
    public double accuracyFloor()
    {
        return accuracyFloor;
    }

    /**
     * @return {@code monitoring.minLabels}.
     */
    public int minLabels()
    {
        return minLabels;
    }

    /**
     * @return decision points seen (accepted inputs marked as such).
     */
    public long decisionPoints()
    {
        return decisionPoints;
    }

    /**
     * @return event time of the last accepted input monitored, ns since the epoch (0 before the first).
     */
    public long lastEventTimeNs()
    {
        return lastEventTimeNs;
    }

    /**
     * @return labels matured and scored so far (all time, not only the window).
     */
    public long scoredLabels()
    {
        return scoredLabels;
    }
}
