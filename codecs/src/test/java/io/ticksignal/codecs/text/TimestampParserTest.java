package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimestampParserTest
{
    private final TimestampParser parser = new TimestampParser();

    private FieldProblem parse(final String text)
    {
        final char[] chars = text.toCharArray();
        return parser.parse(chars, 0, chars.length);
    }

    private static long instantNs(final String iso)
    {
        final Instant instant = Instant.parse(iso);
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @ParameterizedTest
    @CsvSource({
        "1385337600, 2013-11-25T00:00:00Z",
        "1385337600.5, 2013-11-25T00:00:00.500Z",
        "1385337600.123456789, 2013-11-25T00:00:00.123456789Z",
        "0, 1970-01-01T00:00:00Z",
        "9223372035, 2262-04-11T23:47:15Z",
        "1385337600123, 2013-11-25T00:00:00.123Z",
        "1385337600123.456, 2013-11-25T00:00:00.123456Z",
        "1385337600123456, 2013-11-25T00:00:00.123456Z",
        "1385337600123456789, 2013-11-25T00:00:00.123456789Z",
        "100000000000, 1973-03-03T09:46:40Z",
        "100000000000000, 1973-03-03T09:46:40Z",
        "100000000000000000, 1973-03-03T09:46:40Z",
        "2013-11-25, 2013-11-25T00:00:00Z",
        "2012-02-29, 2012-02-29T00:00:00Z",
        "2000-02-29, 2000-02-29T00:00:00Z",
        "1969-12-31, 1969-12-31T00:00:00Z",
        "2013-11-25T00:00:00Z, 2013-11-25T00:00:00Z",
        "2013-12-01T16:02:05Z, 2013-12-01T16:02:05Z",
        "2013-12-01 16:02:05, 2013-12-01T16:02:05Z",
        "2013-12-01T16:02:05.000001z, 2013-12-01T16:02:05.000001Z",
        "2013-12-01T18:02:05+02:00, 2013-12-01T16:02:05Z",
        "2013-12-01T11:32:05-04:30, 2013-12-01T16:02:05Z",
        "2262-04-11T23:47:15Z, 2262-04-11T23:47:15Z"})
    void shouldReadEpochUnitsByMagnitudeAndIsoText(final String text, final String iso)
    {
        assertNull(parse(text), text);
        assertEquals(instantNs(iso), parser.timestampNs(), text);
    }

    @ParameterizedTest
    @CsvSource({
        "-1, NOT_A_TIMESTAMP",
        "1385337600., NOT_A_TIMESTAMP",
        ".5, NOT_A_TIMESTAMP",
        "13853376OO, NOT_A_TIMESTAMP",
        "2013-11-31, NOT_A_TIMESTAMP",
        "2013-02-29, NOT_A_TIMESTAMP",
        "1900-02-29, NOT_A_TIMESTAMP",
        "2013-00-10, NOT_A_TIMESTAMP",
        "2013/11/25, NOT_A_TIMESTAMP",
        "2013-11-25T24:00:00Z, NOT_A_TIMESTAMP",
        "2013-11-25T23:59:60Z, NOT_A_TIMESTAMP",
        "2013-11-25T00:00Z, NOT_A_TIMESTAMP",
        "2013-11-25X00:00:00Z, NOT_A_TIMESTAMP",
        "2013-11-25T00:00:00+0200, NOT_A_TIMESTAMP",
        "2013-11-25T00:00:00., NOT_A_TIMESTAMP",
        "2013-11-25T00:00:00 UTC, NOT_A_TIMESTAMP",
        "1385337600123456789.5, TIMESTAMP_BELOW_NANOSECOND",
        "1385337600.1234567891, TIMESTAMP_BELOW_NANOSECOND",
        "2013-11-25T00:00:00.1234567891Z, TIMESTAMP_BELOW_NANOSECOND",
        "9223372037, TIMESTAMP_OUT_OF_RANGE",
        "99999999999999999999, TIMESTAMP_OUT_OF_RANGE",
        "2263-01-01, TIMESTAMP_OUT_OF_RANGE",
        "1600-01-01, TIMESTAMP_OUT_OF_RANGE"})
    void shouldRejectMalformedOrOutOfRangeTimes(final String text, final FieldProblem problem)
    {
        assertEquals(problem, parse(text), text);
    }

    @Test
    void shouldDocumentTheMagnitudeThresholds()
    {
        assertEquals(1_000_000_000L, TimestampRules.nanosPerUnit(TimestampRules.SECONDS_BELOW - 1));
        assertEquals(1_000_000L, TimestampRules.nanosPerUnit(TimestampRules.SECONDS_BELOW));
        assertEquals(1_000L, TimestampRules.nanosPerUnit(TimestampRules.MILLIS_BELOW));
        assertEquals(1L, TimestampRules.nanosPerUnit(TimestampRules.MICROS_BELOW));
        assertEquals(1_385_337_600_000_000_000L, TimestampRules.epochToNanos(1_385_337_600L));
        assertEquals(1_385_337_600_000_000_000L, TimestampRules.epochToNanos(1_385_337_600_000L));
        assertEquals(1_385_337_600_000_000_000L, TimestampRules.epochToNanos(1_385_337_600_000_000L));
        assertEquals(1_385_337_600_000_000_000L, TimestampRules.epochToNanos(1_385_337_600_000_000_000L));
    }
}
