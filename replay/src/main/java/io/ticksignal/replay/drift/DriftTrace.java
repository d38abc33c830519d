package io.ticksignal.replay.drift;

import java.util.List;

/**
 * What the drift monitor showed over a journal: the PSI of each monitored feature and the rolling accuracy over
 * event time (one point per input at which either changed), the final values (what the live counters showed at
 * the end), and the alert log lines. Or, when nothing was monitored, why.
 */
public final class DriftTrace
{
    private final String inactiveReason;
    private final Settings settings;
    private final List<String> features;
    private final long[] timeNs;
    private final double[][] psi;
    private final double[] accuracy;
    private final Totals totals;
    private final List<String> alertLines;

    /**
     * The monitor's settings.
     *
     * @param window         decision points per instrument in the PSI window.
     * @param psiAlert       PSI alert level.
     * @param label          the label expression, or null without a label.
     * @param accuracyWindow scored labels in the accuracy window.
     * @param accuracyFloor  the accuracy floor.
     * @param minLabels      scored labels before the floor is checked.
     */
    public record Settings(
        int window, double psiAlert, String label, int accuracyWindow, double accuracyFloor, int minLabels)
    {
    }

    /**
     * The values at the end of the journal.
     *
     * @param psi            per feature, NaN when never reported.
     * @param maxPsi         the largest, NaN when none.
     * @param driftAlerts    times a feature's PSI rose above the alert level.
     * @param accuracy       the rolling accuracy, NaN when none.
     * @param labelsInWindow scored labels it is over.
     * @param maturedLabels  labels matured, scored or not.
     * @param accuracyAlerts times the accuracy fell below the floor.
     * @param decisionPoints decision points seen.
     */
    public record Totals(
        double[] psi, double maxPsi, long driftAlerts, double accuracy, int labelsInWindow, long maturedLabels,
        long accuracyAlerts, long decisionPoints)
    {
    }

    DriftTrace(
        final String inactiveReason,
        final Settings settings,
        final List<String> features,
        final long[] timeNs,
        final double[][] psi,
        final double[] accuracy,
        final Totals totals,
        final List<String> alertLines)
    {
        this.inactiveReason = inactiveReason;
        this.settings = settings;
        this.features = List.copyOf(features);
        this.timeNs = timeNs;
        this.psi = psi;
        this.accuracy = accuracy;
        this.totals = totals;
        this.alertLines = List.copyOf(alertLines);
    }

    /**
     * @param reason why nothing was monitored or computed.
     * @return a trace that says so.
     */
    public static DriftTrace inactive(final String reason)
    {
        return new DriftTrace(reason, null, List.of(), new long[0], new double[0][], new double[0], null, List.of());
    }

    /**
     * @return true when something was monitored.
     */
    public boolean isActive()
    {
        return null == inactiveReason;
    }

    /**
     * @return why nothing was monitored, or null.
     */
    public String inactiveReason()
    {
        return inactiveReason;
    }

    /**
     * @return the monitor's settings (null when inactive).
     */
    public Settings settings()
    {
        return settings;
    }

    /**
     * @return the monitored features, in the bundle's histogram order.
     */
    public List<String> features()
    {
        return features;
    }

    /**
     * @return event time of each point, ns since the epoch.
     */
    public long[] timeNs()
    {
        return timeNs;
    }

    /**
     * @param feature a monitored feature's index.
     * @return its PSI at each point (NaN while not reported).
     */
    public double[] psi(final int feature)
    {
        return psi[feature];
    }

    /**
     * @return the rolling accuracy at each point (NaN before the first scored label or without a label).
     */
    public double[] accuracy()
    {
        return accuracy;
    }

    /**
     * @return the values at the end (null when inactive).
     */
    public Totals totals()
    {
        return totals;
    }

    /**
     * @return the alert lines the engine logs, in order.
     */
    public List<String> alertLines()
    {
        return alertLines;
    }
}
