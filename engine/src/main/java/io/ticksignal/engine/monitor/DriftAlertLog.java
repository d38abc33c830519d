package io.ticksignal.engine.monitor;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes one line per alert crossing, in the engine's log style ({@code ticksignal: warn: ...}), e.g.
 * <pre>
 * ticksignal: warn: drift: psi of rsi(14)@1m rose to 0.2431, above 0.2000, at 2013-11-28T09:14:00Z
 * ticksignal: warn: drift: psi of rsi(14)@1m back to 0.1987, at or below 0.2000, at 2013-11-28T11:02:00Z
 * ticksignal: warn: accuracy: rolling accuracy fell to 0.4950 over 200 labels, below the floor 0.5000, at ...
 * </pre>
 * Pipeline thread; allocates (only at crossings).
 */
public final class DriftAlertLog implements DriftAlertListener
{
    private final PrintStream out;

    /**
     * @param out where lines go (the engine passes {@code System.err}).
     */
    public DriftAlertLog(final PrintStream out)
    {
        this.out = out;
    }

    @Override
    public void onDriftAlert(
        final AlertEdge edge, final String feature, final double psi, final double psiAlert, final long eventTimeNs)
    {
        out.println(driftLine(edge, feature, psi, psiAlert, eventTimeNs));
    }

    @Override
    public void onAccuracyAlert(
        final AlertEdge edge, final double accuracy, final int labels, final double floor, final long eventTimeNs)
    {
        out.println(accuracyLine(edge, accuracy, labels, floor, eventTimeNs));
    }

    /**
     * @param edge        the crossing.
     * @param feature     the feature.
     * @param psi         PSI now; NaN when a model swap cleared the alert.
     * @param psiAlert    the level crossed: {@code psiAlert} when raised, the clear level when cleared.
     * @param eventTimeNs event time, ns since the epoch.
     * @return the log line.
     */
    public static String driftLine(
        final AlertEdge edge, final String feature, final double psi, final double psiAlert, final long eventTimeNs)
    {
        if (Double.isNaN(psi))
        {
            return String.format(Locale.ROOT,
                "ticksignal: warn: drift: psi of %s alert cleared by a model swap (compared with the new model's " +
                "training histogram from here, over a new window), at %s", feature, time(eventTimeNs));
        }
        return String.format(Locale.ROOT, AlertEdge.RAISED == edge ?
            "ticksignal: warn: drift: psi of %s rose to %.4f, above %.4f, at %s" :
            "ticksignal: warn: drift: psi of %s back to %.4f, at or below %.4f, at %s",
            feature, psi, psiAlert, time(eventTimeNs));
    }

    /**
     * @param edge        the crossing.
     * @param accuracy    accuracy now.
     * @param labels      labels it is over.
     * @param floor       the floor.
     * @param eventTimeNs event time, ns since the epoch.
     * @return the log line.
     */
    public static String accuracyLine(
        final AlertEdge edge, final double accuracy, final int labels, final double floor, final long eventTimeNs)
    {
        return String.format(Locale.ROOT, AlertEdge.RAISED == edge ?
            "ticksignal: warn: accuracy: rolling accuracy fell to %.4f over %d labels, below the floor %.4f, at %s" :
            "ticksignal: warn: accuracy: rolling accuracy back to %.4f over %d labels, at or above the floor %.4f, " +
            "at %s", accuracy, labels, floor, time(eventTimeNs));
    }

    private static String time(final long eventTimeNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(eventTimeNs, 1_000_000_000L),
            Math.floorMod(eventTimeNs, 1_000_000_000L)).toString();
    }
}
