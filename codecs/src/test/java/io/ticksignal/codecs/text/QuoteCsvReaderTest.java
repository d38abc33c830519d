package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ticksignal.codecs.wire.FixedPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteCsvReaderTest
{
    private static final int ROWS = 1000;
    private static final long START_NS = 1_385_337_600_123_456_789L;

    @TempDir
    Path tempDir;

    private static long bidCents(final int row)
    {
        return 80_000L + (row * 7L) % 500;
    }

    private static long askCents(final int row)
    {
        return bidCents(row) + 1 + row % 3;
    }

    private static long bidSizeSatoshi(final int row)
    {
        return 1_000_000L * (row % 13) + row;
    }

    private static long askSizeSatoshi(final int row)
    {
        return 250_000_000L + row * 3L;
    }

    @Test
    void shouldRoundTripQuotesWrittenAtTheirScales() throws IOException
    {
        final Path file = tempDir.resolve("quotes.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            out.write("timestamp,bid,bid_size,ask,ask_size\n");
            for (int row = 0; row < ROWS; row++)
            {
                out.write((START_NS + row * 1_000L) + ","
                    + FixedPoint.toPlainString(bidCents(row), -2) + ","
                    + FixedPoint.toPlainString(bidSizeSatoshi(row), -8) + ","
                    + FixedPoint.toPlainString(askCents(row), -2) + ","
                    + FixedPoint.toPlainString(askSizeSatoshi(row), -8) + "\n");
            }
        }

        try (QuoteCsvReader quotes = QuoteCsvReader.open(file, BadRowPolicy.FAIL).priceScale(2).sizeScale(8))
        {
            for (int row = 0; row < ROWS; row++)
            {
                assertTrue(quotes.next());
                assertEquals(START_NS + row * 1_000L, quotes.timestampNs());
                assertEquals(bidCents(row), quotes.bidScaled());
                assertEquals(bidSizeSatoshi(row), quotes.bidSizeScaled());
                assertEquals(askCents(row), quotes.askScaled());
                assertEquals(askSizeSatoshi(row), quotes.askSizeScaled());
                assertEquals(bidCents(row) / 100.0, quotes.bid());
                assertEquals(askSizeSatoshi(row) / 1e8, quotes.askSize());
            }
            assertFalse(quotes.next());
            assertEquals(ROWS, quotes.rowsRead());
        }
    }

    @Test
    void shouldReadExactQuoteValuesAndIsoTimes()
    {
        final String content = "timestamp,bid,bid_size,ask,ask_size\r\n"
            + "2013-11-25T00:00:00.5Z,800.01,0.5,800.020,1.25e1\r\n";
        try (QuoteCsvReader quotes = QuoteCsvReader.open(
            new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "q.csv", BadRowPolicy.FAIL))
        {
            assertTrue(quotes.next());
            assertEquals(1_385_337_600_500_000_000L, quotes.timestampNs());
            assertEquals(80001L, quotes.bidMantissa());
            assertEquals(-2, quotes.bidExponent());
            assertEquals(5L, quotes.bidSizeMantissa());
            assertEquals(-1, quotes.bidSizeExponent());
            assertEquals(80002L, quotes.askMantissa());
            assertEquals(-2, quotes.askExponent());
            assertEquals(125L, quotes.askSizeMantissa());
            assertEquals(-1, quotes.askSizeExponent());
            assertEquals(12.5, quotes.askSize());
            assertFalse(quotes.next());
        }
    }

    @Test
    void shouldNameTheQuoteColumnOfAMalformedField()
    {
        final String content = "timestamp,bid,bid_size,ask,ask_size\n1385337600,800.01,0.5,,1\n";
        try (QuoteCsvReader quotes = QuoteCsvReader.open(
            new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "q.csv", BadRowPolicy.FAIL))
        {
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, quotes::next);
            assertEquals("q.csv:2: column 4 'ask': expected a value, found \"\"", error.getMessage());
        }
    }
}
