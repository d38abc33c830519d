package io.ticksignal.codecs.text;

/**
 * How the readers turn a time field into nanoseconds since 1970-01-01T00:00:00Z.
 * <p>
 * <b>Epoch numbers</b> (non-negative, digits with an optional fraction) are read in the unit
 * their integer part's magnitude implies:
 * <table>
 *   <caption>Epoch unit by magnitude</caption>
 *   <tr><th>integer part</th><th>unit</th><th>dates covered unambiguously</th></tr>
 *   <tr><td>&lt; 10^11 (up to 11 digits)</td><td>seconds</td><td>1970 .. 2262 (10^11 s is year 5138)</td></tr>
 *   <tr><td>&lt; 10^14 (12-14 digits)</td><td>milliseconds</td><td>1973-03-03 .. 5138</td></tr>
 *   <tr><td>&lt; 10^17 (15-17 digits)</td><td>microseconds</td><td>1973-03-03 .. 5138</td></tr>
 *   <tr><td>otherwise (18-19 digits)</td><td>nanoseconds</td><td>1973-03-03 .. 2262</td></tr>
 * </table>
 * So any real market-data time from 1973-03-03 to 2262 is read right whatever its unit; a
 * millisecond time before 1973-03-03 would be misread as seconds. A fraction is allowed down to
 * the nanosecond ({@code 1385337600.5} is half a second later).
 * <p>
 * <b>Calendar text</b>: {@code YYYY-MM-DD} is midnight UTC of that day;
 * {@code YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]} (a space may replace the {@code T}) is
 * that instant, UTC when no zone is given. Leap seconds ({@code :60}) are rejected.
 * <p>
 * Times must fit a signed 64-bit nanosecond count: 1677-09-21 to 2262-04-11.
 */
public final class TimestampRules
{
    /**
     * Epoch numbers below this are seconds.
     */
    public static final long SECONDS_BELOW = 100_000_000_000L;

    /**
     * Epoch numbers below this (and not seconds) are milliseconds.
     */
    public static final long MILLIS_BELOW = 100_000_000_000_000L;

    /**
     * Epoch numbers below this (and not milliseconds) are microseconds; larger ones nanoseconds.
     */
    public static final long MICROS_BELOW = 100_000_000_000_000_000L;

    private TimestampRules()
    {
    }

    /**
     * Nanoseconds per unit of a non-negative epoch number, by the magnitude rule above.
     *
     * @param epochValue the epoch number's integer part.
     * @return 1_000_000_000, 1_000_000, 1_000 or 1.
     */
    public static long nanosPerUnit(final long epochValue)
    {
        if (epochValue < SECONDS_BELOW)
        {
            return 1_000_000_000L;
        }
        if (epochValue < MILLIS_BELOW)
        {
            return 1_000_000L;
        }
        return epochValue < MICROS_BELOW ? 1_000L : 1L;
    }

    /**
     * Convert a non-negative epoch number in the unit its magnitude implies to nanoseconds.
     *
     * @param epochValue seconds, millis, micros or nanos since the epoch.
     * @return nanoseconds since the epoch.
     * @throws ArithmeticException if the result does not fit a long (seconds after 2262).
     * @throws IllegalArgumentException if epochValue is negative.
     */
    public static long epochToNanos(final long epochValue)
    {
        if (epochValue < 0)
        {
            throw new IllegalArgumentException("epoch value must not be negative: " + epochValue);
        }
        return Math.multiplyExact(epochValue, nanosPerUnit(epochValue));
    }
}
