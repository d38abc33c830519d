package io.ticksignal.engine.monitor;

/**
 * Told when a monitored value crosses its alert level, once per crossing (edge-triggered), on the pipeline thread.
 * Crossings are rare by construction, so an implementation may allocate (build a log line).
 */
public interface DriftAlertListener
{
    /** A listener that does nothing. */
    DriftAlertListener NONE = new DriftAlertListener()
    {
        @Override
        public void onDriftAlert(
            final AlertEdge edge, final String feature, final double psi, final double psiAlert,
            final long eventTimeNs)
        {
        }

        @Override
        public void onAccuracyAlert(
            final AlertEdge edge, final double accuracy, final int labels, final double floor, final long eventTimeNs)
        {
        }
    };

    /**
     * A feature's PSI crossed {@code psiAlert}.
     *
     * @param edge        raised (above) or cleared (at or below).
     * @param feature     the feature expression, as in the bundle.
     * @param psi         its PSI now; NaN when a model swap cleared the alert (the feature has a new histogram).
     * @param psiAlert    the level crossed: {@code psiAlert} when raised, the clear level when cleared.
     * @param eventTimeNs event time of the input at which it crossed, ns since the epoch.
     */
    void onDriftAlert(AlertEdge edge, String feature, double psi, double psiAlert, long eventTimeNs);

    /**
     * The rolling accuracy crossed {@code accuracyFloor}.
     *
     * @param edge        raised (below) or cleared (at or above).
     * @param accuracy    the rolling accuracy now.
     * @param labels      scored labels it is over.
     * @param floor       the floor.
     * @param eventTimeNs event time of the input at which it crossed, ns since the epoch.
     */
    void onAccuracyAlert(AlertEdge edge, double accuracy, int labels, double floor, long eventTimeNs);
}
