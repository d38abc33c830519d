package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.ticksignal.codecs.text.TradeCsvReaderTest.assertExact;
import static io.ticksignal.codecs.text.TradeCsvReaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarCsvReaderTest
{
    private static final String AAPL = "appleinc_bars_from_20130101_usd.csv";

    @TempDir
    Path tempDir;

    private static long midnightNs(final int year, final int month, final int day)
    {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }

    @Test
    void shouldReadAllAppleBarsWithExactFirstAndLastRows()
    {
        try (BarCsvReader bars = BarCsvReader.open(resource(AAPL), AAPL, BadRowPolicy.FAIL))
        {
            assertTrue(bars.next());
            assertEquals(midnightNs(2013, 1, 2), bars.timestampNs());
            assertBar(bars, 55382, -2, 555, 0, 54163, -2, 54903, -2, 20018500);
            assertEquals(553.82, bars.openPrice());
            assertEquals(555.00, bars.highPrice());
            assertEquals(541.63, bars.lowPrice());
            assertEquals(549.03, bars.closePrice());
            assertEquals(20018500.0, bars.volume());

            long previousNs = bars.timestampNs();
            boolean increasing = true;
            while (bars.next())
            {
                increasing &= bars.timestampNs() > previousNs;
                previousNs = bars.timestampNs();
            }

            assertEquals(midnightNs(2013, 12, 31), bars.timestampNs());
            assertBar(bars, 55417, -2, 56128, -2, 554, 0, 56102, -2, 7967300);
            assertEquals(554.17, bars.openPrice());
            assertEquals(561.28, bars.highPrice());
            assertEquals(554.00, bars.lowPrice());
            assertEquals(561.02, bars.closePrice());
            assertEquals(7967300.0, bars.volume());
            assertTrue(increasing, "dates must increase");
            assertEquals(252, bars.rowsRead());
            assertFalse(bars.next());
        }
    }

    private static void assertBar(
        final BarCsvReader bars,
        final long openMantissa, final int openExponent,
        final long highMantissa, final int highExponent,
        final long lowMantissa, final int lowExponent,
        final long closeMantissa, final int closeExponent,
        final long volume)
    {
        assertEquals(openMantissa, bars.openPriceMantissa());
        assertEquals(openExponent, bars.openPriceExponent());
        assertEquals(highMantissa, bars.highPriceMantissa());
        assertEquals(highExponent, bars.highPriceExponent());
        assertEquals(lowMantissa, bars.lowPriceMantissa());
        assertEquals(lowExponent, bars.lowPriceExponent());
        assertEquals(closeMantissa, bars.closePriceMantissa());
        assertEquals(closeExponent, bars.closePriceExponent());
        assertEquals(volume, bars.volumeMantissa());
        assertEquals(0, bars.volumeExponent());
    }

    @Test
    void shouldMatchAnIndependentParseOfEveryAppleBar() throws IOException
    {
        try (BarCsvReader bars = BarCsvReader.open(resource(AAPL), AAPL, BadRowPolicy.FAIL);
            BufferedReader lines = new BufferedReader(new InputStreamReader(resource(AAPL), StandardCharsets.UTF_8)))
        {
            lines.readLine();
            String line;
            while ((line = lines.readLine()) != null)
            {
                final String[] fields = line.split(",");
                assertTrue(bars.next());
                assertEquals(LocalDate.parse(fields[0]).toEpochDay() * 86_400_000_000_000L, bars.timestampNs(), line);
                for (int column = BarCsvReader.OPEN; column <= BarCsvReader.VOLUME; column++)
                {
                    assertExact(fields[column], bars.mantissa(column), bars.exponent(column), bars.value(column), line);
                }
            }
            assertFalse(bars.next());
            assertEquals(252, bars.rowsRead());
        }
    }

    @Test
    void shouldScaleApplePricesToCents()
    {
        try (BarCsvReader bars = BarCsvReader.open(resource(AAPL), AAPL, BadRowPolicy.FAIL).priceScale(2).volumeScale(0))
        {
            assertTrue(bars.next());
            assertEquals(55382L, bars.openPriceScaled());
            assertEquals(55500L, bars.highPriceScaled());
            assertEquals(54163L, bars.lowPriceScaled());
            assertEquals(54903L, bars.closePriceScaled());
            assertEquals(20018500L, bars.volumeScaled());
        }
    }

    @Test
    void shouldReadBarDatesAsEpochSecondsOrMillisByMagnitude() throws IOException
    {
        final Path file = tempDir.resolve("epoch-bars.csv");
        Files.writeString(file, "timestamp,open,high,low,close,volume\n"
            + "1356998400,1,2,0.5,1.5,100\n"
            + "1356998400000,1,2,0.5,1.5,100\n"
            + "2013-01-01,1,2,0.5,1.5,100\n"
            + "2013-01-01T00:00:00Z,1,2,0.5,1.5,100\n"
            + "1357084800123,1,2,0.5,1.5,100\n");
        try (BarCsvReader bars = BarCsvReader.open(file, BadRowPolicy.FAIL))
        {
            for (int row = 0; row < 4; row++)
            {
                assertTrue(bars.next());
                assertEquals(midnightNs(2013, 1, 1), bars.timestampNs(), "row " + row);
            }
            assertTrue(bars.next());
            assertEquals(midnightNs(2013, 1, 2) + 123_000_000L, bars.timestampNs());
            assertFalse(bars.next());
        }
    }
}
