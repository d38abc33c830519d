package io.ticksignal.engine.monitor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one line per alert crossing, in the engine's log style ({@code ticksignal: warn: ...}), e.g.
 * <pre>
 * ticksignal: warn: drift: psi of rsi(14)@1m rose to 0.2431, above 0.2000, at 2013-11-28T09:14:00Z
 * ticksignal: warn: drift: psi of rsi(14)@1m back to 0.1987, at or below 0.2000, at 2013-11-28T11:02:00Z
 * ticksignal: warn: accuracy: rolling accuracy fell to 0.4950 over 200 labels, below the floor 0.5000, at ...
 * </pre>
 * Pipeline thread. Allocation: none (the text is built in a reused buffer by {@link AlertText} and written as
 * bytes), so that alerts, frequent in a benchmark that replays one week a hundred times, do not break the engine's
 * no-GC-after-warm-up promise.
 */
public final class DriftAlertLog implements DriftAlertListener
{
    private static final int LINE_CAPACITY = 1_024;

    private final PrintStream out;
    private final StringBuilder line = new StringBuilder(LINE_CAPACITY);
    private final byte[] bytes = new byte[LINE_CAPACITY * 2];
    private final byte[] lineSeparator = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);

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
        line.setLength(0);
        write(AlertText.drift(line, edge, feature, psi, psiAlert, eventTimeNs));
    }

    @Override
    public void onAccuracyAlert(
        final AlertEdge edge, final double accuracy, final int labels, final double floor, final long eventTimeNs)
    {
        line.setLength(0);
        write(AlertText.accuracy(line, edge, accuracy, labels, floor, eventTimeNs));
    }

    /**
     * @param edge        the crossing.
     * @param feature     the feature.
     * @param psi         PSI now; NaN when a model swap cleared the alert.
     * @param psiAlert    the level crossed: {@code psiAlert} when raised, the clear level when cleared.
     * @param eventTimeNs event time, ns since the epoch.
     * @return the log line (cold path: allocates).
     */
    public static String driftLine(
        final AlertEdge edge, final String feature, final double psi, final double psiAlert, final long eventTimeNs)
    {
        return AlertText.drift(new StringBuilder(), edge, feature, psi, psiAlert, eventTimeNs).toString();
    }

    /**
     * @param edge        the crossing.
     * @param accuracy    accuracy now.
     * @param labels      labels it is over.
     * @param floor       the floor.
     * @param eventTimeNs event time, ns since the epoch.
     * @return the log line (cold path: allocates).
     */
    public static String accuracyLine(
        final AlertEdge edge, final double accuracy, final int labels, final double floor, final long eventTimeNs)
    {
        return AlertText.accuracy(new StringBuilder(), edge, accuracy, labels, floor, eventTimeNs).toString();
    }

    /** ASCII bytes of the line plus the line separator, in one write (a character outside ASCII as '?'). */
    private void write(final StringBuilder text)
    {
        final int length = Math.min(text.length(), bytes.length - lineSeparator.length);
        for (int i = 0; i < length; i++)
        {
            final char c = text.charAt(i);
            bytes[i] = c < 0x80 ? (byte)c : (byte)'?';
        }
        System.arraycopy(lineSeparator, 0, bytes, length, lineSeparator.length);
        out.write(bytes, 0, length + lineSeparator.length);
        out.flush();
    }
}
