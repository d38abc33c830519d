package io.ticksignal.codecs.text;

/**
 * Parses a time field in place into nanoseconds since the epoch, UTC, by the rules of
 * {@link TimestampRules}. No allocation; single-threaded: the result is left in
 * {@link #timestampNs()}.
 */
final class TimestampParser
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long MAX_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND;
    private static final long MIN_SECONDS = Long.MIN_VALUE / NANOS_PER_SECOND;
    private static final int DATE_LENGTH = 10;
    private static final int DATE_TIME_LENGTH = 19;

    private long timestampNs;

    /**
     * Parse {@code text[start, end)}, already trimmed and non-empty.
     *
     * @return null on success, otherwise the problem.
     */
    FieldProblem parse(final char[] text, final int start, final int end)
    {
        if (end - start >= DATE_LENGTH && text[start + 4] == '-')
        {
            return parseCalendar(text, start, end);
        }
        return parseEpoch(text, start, end);
    }

    long timestampNs()
    {
        return timestampNs;
    }

    private FieldProblem parseEpoch(final char[] text, final int start, final int end)
    {
        long value = 0;
        int i = start;
        for (; i < end && text[i] != '.'; i++)
        {
            final int digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return FieldProblem.NOT_A_TIMESTAMP;
            }
            if (value > (Long.MAX_VALUE - digit) / 10)
            {
                return FieldProblem.TIMESTAMP_OUT_OF_RANGE;
            }
            value = value * 10 + digit;
        }
        if (i == start || (i < end && i + 1 == end))
        {
            return FieldProblem.NOT_A_TIMESTAMP;
        }
        final long unitNs = TimestampRules.nanosPerUnit(value);
        if (value > Long.MAX_VALUE / unitNs)
        {
            return FieldProblem.TIMESTAMP_OUT_OF_RANGE;
        }
        final long fractionNs = i < end ? parseFraction(text, i + 1, end, unitNs) : 0;
        if (fractionNs < 0)
        {
            return fractionNs == -1 ? FieldProblem.NOT_A_TIMESTAMP : FieldProblem.TIMESTAMP_BELOW_NANOSECOND;
        }
        final long wholeNs = value * unitNs;
        if (wholeNs > Long.MAX_VALUE - fractionNs)
        {
            return FieldProblem.TIMESTAMP_OUT_OF_RANGE;
        }
        timestampNs = wholeNs + fractionNs;
        return null;
    }

    /**
     * @return the fraction in nanoseconds, -1 if not digits, -2 if finer than a nanosecond.
     */
    private static long parseFraction(final char[] text, final int start, final int end, final long unitNs)
    {
        long placeNs = unitNs;
        long fractionNs = 0;
        for (int i = start; i < end; i++)
        {
            final int digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return -1;
            }
            placeNs /= 10;
            if (placeNs == 0)
            {
                if (digit != 0)
                {
                    return -2;
                }
            }
            else
            {
                fractionNs += digit * placeNs;
            }
        }
        return fractionNs;
    }

    private FieldProblem parseCalendar(final char[] text, final int start, final int end)
    {
        final int year = digits(text, start, 4);
        final int month = digits(text, start + 5, 2);
        final int day = digits(text, start + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || text[start + 7] != '-'
            || day > daysInMonth(year, month))
        {
            return FieldProblem.NOT_A_TIMESTAMP;
        }
        long seconds = daysSinceEpoch(year, month, day) * SECONDS_PER_DAY;
        long fractionNs = 0;
        if (end - start > DATE_LENGTH)
        {
            final int length = end - start;
            final char separator = text[start + DATE_LENGTH];
            if (length < DATE_TIME_LENGTH || (separator != 'T' && separator != 't' && separator != ' '))
            {
                return FieldProblem.NOT_A_TIMESTAMP;
            }
            final long timeOfDay = timeOfDaySeconds(text, start + 11);
            if (timeOfDay < 0)
            {
                return FieldProblem.NOT_A_TIMESTAMP;
            }
            int i = start + DATE_TIME_LENGTH;
            if (i < end && text[i] == '.')
            {
                int fractionEnd = i + 1;
                while (fractionEnd < end && text[fractionEnd] >= '0' && text[fractionEnd] <= '9')
                {
                    fractionEnd++;
                }
                if (fractionEnd == i + 1)
                {
                    return FieldProblem.NOT_A_TIMESTAMP;
                }
                fractionNs = parseFraction(text, i + 1, fractionEnd, NANOS_PER_SECOND);
                if (fractionNs < 0)
                {
                    return FieldProblem.TIMESTAMP_BELOW_NANOSECOND;
                }
                i = fractionEnd;
            }
            final long offsetSeconds = zoneOffsetSeconds(text, i, end);
            if (offsetSeconds == Long.MIN_VALUE)
            {
                return FieldProblem.NOT_A_TIMESTAMP;
            }
            seconds += timeOfDay - offsetSeconds;
        }
        if (seconds >= MAX_SECONDS || seconds <= MIN_SECONDS)
        {
            return FieldProblem.TIMESTAMP_OUT_OF_RANGE;
        }
        timestampNs = seconds * NANOS_PER_SECOND + fractionNs;
        return null;
    }

    /**
     * @return seconds into the day of {@code HH:MM:SS} at start, or -1 if malformed.
     */
    private static long timeOfDaySeconds(final char[] text, final int start)
    {
        final int hour = digits(text, start, 2);
        final int minute = digits(text, start + 3, 2);
        final int second = digits(text, start + 6, 2);
        if (text[start + 2] != ':' || text[start + 5] != ':'
            || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        {
            return -1;
        }
        return hour * 3600L + minute * 60L + second;
    }

    /**
     * @return the zone offset in seconds east of UTC (0 for none or Z), or Long.MIN_VALUE if malformed.
     */
    private static long zoneOffsetSeconds(final char[] text, final int start, final int end)
    {
        final int length = end - start;
        if (length == 0)
        {
            return 0;
        }
        if (length == 1 && (text[start] == 'Z' || text[start] == 'z'))
        {
            return 0;
        }
        if (length != 6 || (text[start] != '+' && text[start] != '-') || text[start + 3] != ':')
        {
            return Long.MIN_VALUE;
        }
        final int hours = digits(text, start + 1, 2);
        final int minutes = digits(text, start + 4, 2);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59)
        {
            return Long.MIN_VALUE;
        }
        final long offset = hours * 3600L + minutes * 60L;
        return text[start] == '-' ? -offset : offset;
    }

    /**
     * @return the value of {@code count} decimal digits at start, or -1 if any is not a digit.
     */
    private static int digits(final char[] text, final int start, final int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            final int digit = text[i] - '0';
            if (digit < 0 || digit > 9)
            {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int daysInMonth(final int year, final int month)
    {
        if (month == 2)
        {
            final boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Days from 1970-01-01 to the given proleptic Gregorian date, counting years from March so
     * that the leap day falls last; valid for years 0..9999.
     */
    static long daysSinceEpoch(final int year, final int month, final int day)
    {
        final int marchYear = month <= 2 ? year - 1 : year;
        final int era = Math.floorDiv(marchYear, 400);
        final int yearOfEra = marchYear - era * 400;
        final int monthFromMarch = month > 2 ? month - 3 : month + 9;
        final int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        final int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
