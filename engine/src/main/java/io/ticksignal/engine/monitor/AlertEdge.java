package io.ticksignal.engine.monitor;

/**
 * Which way a monitored value crossed its alert level.
 */
public enum AlertEdge
{
    /** It crossed into alert: PSI rose above {@code psiAlert}, or accuracy fell below {@code accuracyFloor}. */
    RAISED,
    /**
     * It came back: PSI at or below {@code psiAlert} times {@link DriftMonitor#PSI_CLEAR_SHARE}, or accuracy at or
     * above {@code accuracyFloor} plus {@link DriftMonitor#ACCURACY_CLEAR_MARGIN}.
     */
    CLEARED
}
