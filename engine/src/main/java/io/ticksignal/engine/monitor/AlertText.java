package io.ticksignal.engine.monitor;

/**
 * The text of the drift and accuracy alert lines, appended to a caller's {@link StringBuilder} without allocating
 * (numbers to 4 decimals by integer arithmetic, the event time as {@link java.time.Instant#toString()} writes it),
 * so that the engine's alert log allocates nothing on the pipeline thread and the backtest report's lines are the
 * same text.
 */
final class AlertText
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private AlertText()
    {
    }

    static StringBuilder drift(
        final StringBuilder out, final AlertEdge edge, final String feature, final double psi, final double level,
        final long eventTimeNs)
    {
        out.append("ticksignal: warn: drift: psi of ").append(feature);
        if (Double.isNaN(psi))
        {
            out.append(" alert cleared by a model swap (compared with the new model's training histogram from here, " +
                "over a new window), at ");
        }
        else if (AlertEdge.RAISED == edge)
        {
            fixed4(out.append(" rose to "), psi);
            fixed4(out.append(", above "), level);
            out.append(", at ");
        }
        else
        {
            fixed4(out.append(" back to "), psi);
            fixed4(out.append(", at or below "), level);
            out.append(", at ");
        }
        return time(out, eventTimeNs);
    }

    static StringBuilder accuracy(
        final StringBuilder out, final AlertEdge edge, final double accuracy, final int labels, final double floor,
        final long eventTimeNs)
    {
        out.append("ticksignal: warn: accuracy: rolling accuracy ");
        fixed4(out.append(AlertEdge.RAISED == edge ? "fell to " : "back to "), accuracy);
        out.append(" over ").append(labels).append(" labels, ");
        fixed4(out.append(AlertEdge.RAISED == edge ? "below the floor " : "at or above the floor "), floor);
        return time(out.append(", at "), eventTimeNs);
    }

    /** A finite number to 4 decimals, rounded half away from zero ({@code %.4f}); NaN as "NaN". */
    static StringBuilder fixed4(final StringBuilder out, final double value)
    {
        if (!Double.isFinite(value))
        {
            return out.append(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
        final long scaled = Math.round(Math.abs(value) * 10_000.0);
        if (value < 0)
        {
            out.append('-');
        }
        out.append(scaled / 10_000).append('.');
        final long fraction = scaled % 10_000;
        for (long digit = 1_000; digit > 0; digit /= 10)
        {
            out.append((char)('0' + (fraction / digit) % 10));
        }
        return out;
    }

    /**
     * An event time as {@link java.time.Instant#toString()} writes it for years 0000-9999: seconds always, a
     * fraction of 3, 6 or 9 digits only when there is one.
     */
    static StringBuilder time(final StringBuilder out, final long eventTimeNs)
    {
        final long seconds = Math.floorDiv(eventTimeNs, NANOS_PER_SECOND);
        final long nanos = Math.floorMod(eventTimeNs, NANOS_PER_SECOND);
        final long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        final long secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        // Civil date from days since 1970-01-01 (proleptic Gregorian; eras of 400 years).
        final long z = days + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long dayOfEra = z - era * 146_097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long monthIndex = (5 * dayOfYear + 2) / 153;
        final long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        final long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        digits(out, year, 4).append('-');
        digits(out, month, 2).append('-');
        digits(out, day, 2).append('T');
        digits(out, secondOfDay / 3_600, 2).append(':');
        digits(out, secondOfDay / 60 % 60, 2).append(':');
        digits(out, secondOfDay % 60, 2);
        if (nanos != 0)
        {
            out.append('.');
            if (nanos % 1_000_000 == 0)
            {
                digits(out, nanos / 1_000_000, 3);
            }
            else if (nanos % 1_000 == 0)
            {
                digits(out, nanos / 1_000, 6);
            }
            else
            {
                digits(out, nanos, 9);
            }
        }
        return out.append('Z');
    }

    private static StringBuilder digits(final StringBuilder out, final long value, final int width)
    {
        long divisor = 1;
        for (int i = 1; i < width; i++)
        {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10)
        {
            out.append((char)('0' + (value / divisor) % 10));
        }
        return out;
    }
}
