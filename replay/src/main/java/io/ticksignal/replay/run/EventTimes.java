package io.ticksignal.replay.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the event times that {@code --from} and {@code --to} take: epoch milliseconds (digits, e.g.
 * {@code 1385424000000}), an ISO-8601 instant ({@code 2013-11-26T00:00:00Z}, offsets allowed), a local date-time
 * read as UTC ({@code 2013-11-26T00:00}) or a date meaning its UTC midnight ({@code 2013-11-26}).
 */
public final class EventTimes
{
    private EventTimes()
    {
    }

    /**
     * @param text the time as given.
     * @return ns since the epoch.
     * @throws IllegalArgumentException naming the text and the accepted forms when it is none of them.
     */
    public static long parseToEpochNs(final String text)
    {
        final String trimmed = text.trim();
        try
        {
            if (trimmed.matches("-?\\d+"))
            {
                return Math.multiplyExact(Long.parseLong(trimmed), 1_000_000L);
            }
            final Instant instant;
            if (trimmed.length() == 10)
            {
                instant = LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            else if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d\\d:\\d\\d$"))
            {
                instant = OffsetDateTime.parse(trimmed).toInstant();
            }
            else
            {
                instant = LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            }
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        }
        catch (final DateTimeParseException | ArithmeticException ex)
        {
            throw new IllegalArgumentException("'" + text + "' is not an event time: give epoch milliseconds " +
                "(1385424000000), an ISO-8601 instant (2013-11-26T00:00:00Z), a UTC date-time (2013-11-26T00:00) " +
                "or a UTC date (2013-11-26)", ex);
        }
    }
}
