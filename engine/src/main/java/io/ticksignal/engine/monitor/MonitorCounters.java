package io.ticksignal.engine.monitor;

import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

/**
 * The drift monitor's counters, in the engine's counters file so that {@code ticksignal stat} reads them from
 * another process. Ratios are scaled longs: {@value #SCALE} times the value, rounded half up ({@code 0.2} is
 * {@code 2000}); {@value #NOT_REPORTED} while not reported yet (PSI window not full, no scored label yet).
 * Allocated only for what is monitored: the PSI counters when the bundle has histograms, the accuracy counters
 * when it has a label.
 * <table>
 *     <caption>Counters</caption>
 *     <tr><th>type id</th><th>label</th><th>value</th></tr>
 *     <tr><td>{@value #PSI_TYPE_ID}</td><td>{@code drift psi x10000: <feature>}</td>
 *         <td>the feature's PSI (key: int32 feature index in the bundle's histograms)</td></tr>
 *     <tr><td>{@value #PSI_MAX_TYPE_ID}</td><td>{@code drift psi max x10000}</td>
 *         <td>the largest PSI of any monitored feature now</td></tr>
 *     <tr><td>{@value #PSI_ALERT_LEVEL_TYPE_ID}</td><td>{@code drift psi alert level x10000}</td>
 *         <td>{@code monitoring.psiAlert}</td></tr>
 *     <tr><td>{@value #DRIFT_ALERTS_TYPE_ID}</td><td>{@code drift alerts}</td>
 *         <td>times a feature's PSI rose above the alert level</td></tr>
 *     <tr><td>{@value #FEATURES_ALERTING_TYPE_ID}</td><td>{@code drift features alerting}</td>
 *         <td>features above the alert level now</td></tr>
 *     <tr><td>{@value #ACCURACY_TYPE_ID}</td><td>{@code rolling accuracy x10000}</td>
 *         <td>the rolling accuracy</td></tr>
 *     <tr><td>{@value #ACCURACY_LABELS_TYPE_ID}</td><td>{@code rolling accuracy labels}</td>
 *         <td>scored labels the accuracy is over (at most {@code monitoring.accuracyWindow})</td></tr>
 *     <tr><td>{@value #MATURED_LABELS_TYPE_ID}</td><td>{@code matured labels}</td>
 *         <td>labels matured so far, scored or not</td></tr>
 *     <tr><td>{@value #ACCURACY_FLOOR_TYPE_ID}</td><td>{@code accuracy floor x10000}</td>
 *         <td>{@code monitoring.accuracyFloor}</td></tr>
 *     <tr><td>{@value #ACCURACY_ALERTS_TYPE_ID}</td><td>{@code accuracy alerts}</td>
 *         <td>times the accuracy fell below the floor</td></tr>
 * </table>
 * Every label starts with {@link EngineCounters#LABEL_PREFIX}.
 * <p>
 * Thread-safety: one writer (the pipeline thread), release semantics. Allocation: at construction only.
 */
public final class MonitorCounters implements AutoCloseable
{
    /** Scale of ratio counters. */
    public static final long SCALE = 10_000;
    /** Value of a ratio counter not reported yet. */
    public static final long NOT_REPORTED = -1;

    /** Type id of the per-feature PSI counters. */
    public static final int PSI_TYPE_ID = 7101;
    /** Type id of {@code drift psi max x10000}. */
    public static final int PSI_MAX_TYPE_ID = 7102;
    /** Type id of {@code drift psi alert level x10000}. */
    public static final int PSI_ALERT_LEVEL_TYPE_ID = 7103;
    /** Type id of {@code drift alerts}. */
    public static final int DRIFT_ALERTS_TYPE_ID = 7104;
    /** Type id of {@code drift features alerting}. */
    public static final int FEATURES_ALERTING_TYPE_ID = 7105;
    /** Type id of {@code rolling accuracy x10000}. */
    public static final int ACCURACY_TYPE_ID = 7106;
    /** Type id of {@code rolling accuracy labels}. */
    public static final int ACCURACY_LABELS_TYPE_ID = 7107;
    /** Type id of {@code matured labels}. */
    public static final int MATURED_LABELS_TYPE_ID = 7108;
    /** Type id of {@code accuracy floor x10000}. */
    public static final int ACCURACY_FLOOR_TYPE_ID = 7109;
    /** Type id of {@code accuracy alerts}. */
    public static final int ACCURACY_ALERTS_TYPE_ID = 7110;

    /** Label of a feature's PSI counter, before the feature expression. */
    public static final String PSI_LABEL = "drift psi x10000: ";

    private final AtomicCounter[] psi;
    private final AtomicCounter psiMax;
    private final AtomicCounter psiAlertLevel;
    private final AtomicCounter driftAlerts;
    private final AtomicCounter featuresAlerting;
    private final AtomicCounter accuracy;
    private final AtomicCounter accuracyLabels;
    private final AtomicCounter maturedLabels;
    private final AtomicCounter accuracyFloor;
    private final AtomicCounter accuracyAlerts;

    /**
     * Allocate the counters of a monitor. Configuration time; allocates.
     *
     * @param manager where (the engine's counters file).
     * @param monitor what is monitored.
     * @throws IllegalStateException when the manager has no room left.
     */
    public MonitorCounters(final CountersManager manager, final DriftMonitor monitor)
    {
        final int features = monitor.featureCount();
        psi = new AtomicCounter[features];
        for (int f = 0; f < features; f++)
        {
            final int key = f;
            psi[f] = manager.newCounter(EngineCounters.LABEL_PREFIX + PSI_LABEL + monitor.feature(f), PSI_TYPE_ID,
                (buffer) -> buffer.putInt(0, key));
            psi[f].setRelease(NOT_REPORTED);
        }
        if (features > 0)
        {
            psiMax = newCounter(manager, "drift psi max x10000", PSI_MAX_TYPE_ID, NOT_REPORTED);
            psiAlertLevel = newCounter(manager, "drift psi alert level x10000", PSI_ALERT_LEVEL_TYPE_ID,
                scaled(monitor.psiAlert()));
            driftAlerts = newCounter(manager, "drift alerts", DRIFT_ALERTS_TYPE_ID, 0);
            featuresAlerting = newCounter(manager, "drift features alerting", FEATURES_ALERTING_TYPE_ID, 0);
        }
        else
        {
            psiMax = null;
            psiAlertLevel = null;
            driftAlerts = null;
            featuresAlerting = null;
        }
        if (monitor.monitorsAccuracy())
        {
            accuracy = newCounter(manager, "rolling accuracy x10000", ACCURACY_TYPE_ID, NOT_REPORTED);
            accuracyLabels = newCounter(manager, "rolling accuracy labels", ACCURACY_LABELS_TYPE_ID, 0);
            maturedLabels = newCounter(manager, "matured labels", MATURED_LABELS_TYPE_ID, 0);
            accuracyFloor = newCounter(manager, "accuracy floor x10000", ACCURACY_FLOOR_TYPE_ID,
                scaled(monitor.accuracyFloor()));
            accuracyAlerts = newCounter(manager, "accuracy alerts", ACCURACY_ALERTS_TYPE_ID, 0);
        }
        else
        {
            accuracy = null;
            accuracyLabels = null;
            maturedLabels = null;
            accuracyFloor = null;
            accuracyAlerts = null;
        }
    }

    private static AtomicCounter newCounter(
        final CountersManager manager, final String label, final int typeId, final long initialValue)
    {
        final AtomicCounter counter = manager.newCounter(EngineCounters.LABEL_PREFIX + label, typeId);
        counter.setRelease(initialValue);
        return counter;
    }

    /**
     * @param value a ratio, or NaN.
     * @return {@code round(value x SCALE)}, or {@link #NOT_REPORTED} for NaN.
     */
    public static long scaled(final double value)
    {
        return Double.isNaN(value) ? NOT_REPORTED : Math.round(value * SCALE);
    }

    void psi(final int feature, final double value, final double maxValue, final int alerting)
    {
        psi[feature].setRelease(scaled(value));
        psiMax.setRelease(scaled(maxValue));
        featuresAlerting.setRelease(alerting);
    }

    void onDriftAlert()
    {
        driftAlerts.incrementRelease();
    }

    void accuracy(final double value, final int labels, final long matured)
    {
        accuracy.setRelease(scaled(value));
        accuracyLabels.setRelease(labels);
        maturedLabels.setRelease(matured);
    }

    void onAccuracyAlert()
    {
        accuracyAlerts.incrementRelease();
    }

    /**
     * @param feature a monitored feature's index.
     * @return its PSI counter.
     */
    public AtomicCounter psi(final int feature)
    {
        return psi[feature];
    }

    /**
     * @return {@code drift psi max x10000}, or null without histograms.
     */
    public AtomicCounter psiMax()
    {
        return psiMax;
    }

    /**
     * @return {@code drift alerts}, or null without histograms.
     */
    public AtomicCounter driftAlerts()
    {
        return driftAlerts;
    }

    /**
     * @return {@code rolling accuracy x10000}, or null without a label.
     */
    public AtomicCounter accuracy()
    {
        return accuracy;
    }

    /**
     * @return {@code matured labels}, or null without a label.
     */
    public AtomicCounter maturedLabels()
    {
        return maturedLabels;
    }

    /**
     * @return {@code accuracy alerts}, or null without a label.
     */
    public AtomicCounter accuracyAlerts()
    {
        return accuracyAlerts;
    }

    /**
     * Free every counter. Configuration time.
     */
    @Override
    public void close()
    {
        for (final AtomicCounter counter : psi)
        {
            counter.close();
        }
        for (final AtomicCounter counter : new AtomicCounter[] {
            psiMax, psiAlertLevel, driftAlerts, featuresAlerting, accuracy, accuracyLabels, maturedLabels,
            accuracyFloor, accuracyAlerts })
        {
            if (null != counter)
            {
                counter.close();
            }
        }
    }
}
