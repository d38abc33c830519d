package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvLayoutTest
{
    private static final String ROWS_LF = "timestamp,price,amount\n1385337600,800.01,0.1\n1385337613,800.05,0.2783804900\n";

    @TempDir
    Path tempDir;

    private static InputStream utf8(final String text)
    {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertTwoBitstampRows(final TradeCsvReader trades)
    {
        assertTrue(trades.next());
        assertEquals(1385337600_000_000_000L, trades.timestampNs());
        assertEquals(80001L, trades.priceMantissa());
        assertEquals(2, trades.lineNumber());
        assertTrue(trades.next());
        assertEquals(1385337613_000_000_000L, trades.timestampNs());
        assertEquals(27838049L, trades.amountMantissa());
        assertEquals(-8, trades.amountExponent());
        assertEquals(3, trades.lineNumber());
        assertFalse(trades.next());
        assertEquals(2, trades.rowsRead());
    }

    @Test
    void shouldReadLfAndCrlfFilesAlike()
    {
        try (TradeCsvReader trades = TradeCsvReader.open(utf8(ROWS_LF), "lf.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
        try (TradeCsvReader trades = TradeCsvReader.open(
            utf8(ROWS_LF.replace("\n", "\r\n")), "crlf.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
    }

    @Test
    void shouldReadTheLastRowWithoutATrailingNewline()
    {
        final String noFinalNewline = ROWS_LF.substring(0, ROWS_LF.length() - 1);
        try (TradeCsvReader trades = TradeCsvReader.open(utf8(noFinalNewline), "t.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
        try (TradeCsvReader trades = TradeCsvReader.open(
            utf8(noFinalNewline.replace("\n", "\r\n")), "t.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
    }

    @Test
    void shouldIgnoreBlankTrailingLines()
    {
        try (TradeCsvReader trades = TradeCsvReader.open(
            utf8(ROWS_LF + "\r\n\n   \n\t\r\n"), "t.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
            assertEquals(0, trades.rowsSkipped());
        }
    }

    @Test
    void shouldSkipAUtf8ByteOrderMark() throws IOException
    {
        final Path file = tempDir.resolve("bom.csv");
        final byte[] bom = {(byte)0xEF, (byte)0xBB, (byte)0xBF};
        final byte[] body = ROWS_LF.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        final byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        Files.write(file, content);
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
    }

    @Test
    void shouldMatchHeaderColumnsByNameIgnoringCaseSpacesOrderAndExtras()
    {
        final String content = "id, Amount ,side,\"PRICE\",TimeStamp\n"
            + "7,0.1,buy,800.01,1385337600\n"
            + "8, 0.2783804900 ,sell, 800.05 ,1385337613\n";
        try (TradeCsvReader trades = TradeCsvReader.open(utf8(content), "extra.csv", BadRowPolicy.FAIL))
        {
            assertTwoBitstampRows(trades);
        }
    }

    @Test
    void shouldNameTheMissingHeaderColumnAndTheColumnsFound()
    {
        final MarketDataFormatException error = assertThrows(
            MarketDataFormatException.class,
            () -> TradeCsvReader.open(utf8("timestamp,price,volume\n1,2,3\n"), "trades.csv", BadRowPolicy.FAIL));
        assertEquals("trades.csv", error.fileName());
        assertEquals(1, error.lineNumber());
        assertEquals(MarketDataFormatException.NO_COLUMN, error.columnNumber());
        assertEquals("amount", error.columnName());
        assertEquals("timestamp,price,volume", error.found());
        assertEquals("trades.csv:1: expected a header with column 'amount' (required: timestamp,price,amount; "
            + "extra columns are ignored), found \"timestamp,price,volume\"", error.getMessage());
    }

    @Test
    void shouldRejectAFileWithoutAHeader()
    {
        final MarketDataFormatException empty = assertThrows(
            MarketDataFormatException.class, () -> BarCsvReader.open(utf8(""), "empty.csv", BadRowPolicy.SKIP));
        assertEquals(1, empty.lineNumber());
        assertEquals("empty.csv:1: expected a header row naming the columns date,open,high,low,close,volume, found \"\"",
            empty.getMessage());

        final MarketDataFormatException dataFirst = assertThrows(
            MarketDataFormatException.class,
            () -> TradeCsvReader.open(utf8("1385337600,800.01,0.1\n"), "headless.csv", BadRowPolicy.SKIP));
        assertEquals("timestamp", dataFirst.columnName());
        assertEquals("1385337600,800.01,0.1", dataFirst.found());
    }

    @Test
    void shouldRejectARequiredColumnNamedTwice()
    {
        final MarketDataFormatException error = assertThrows(
            MarketDataFormatException.class,
            () -> TradeCsvReader.open(utf8("time,price,amount,timestamp\n"), "dup.csv", BadRowPolicy.FAIL));
        assertEquals(1, error.lineNumber());
        assertEquals(4, error.columnNumber());
        assertEquals("timestamp", error.columnName());
    }

    @Test
    void shouldReportAMissingFileAsAnIoError()
    {
        final Path missing = tempDir.resolve("nope.csv");
        final UncheckedIOException error = assertThrows(
            UncheckedIOException.class, () -> TradeCsvReader.open(missing, BadRowPolicy.FAIL));
        assertEquals("cannot open " + missing, error.getMessage());
    }

    @Test
    void shouldReadRowsLongerThanTheChunkBufferAcrossRefills() throws IOException
    {
        final StringBuilder content = new StringBuilder("timestamp,price,amount,note\r\n");
        final String note = "x".repeat(CsvLineSource.DEFAULT_BUFFER_CHARS + 17);
        for (int i = 0; i < 3; i++)
        {
            content.append(1385337600 + i).append(",800.0").append(i + 1).append(",0.1,").append(note).append("\r\n");
        }
        final Path file = tempDir.resolve("long.csv");
        Files.writeString(file, content);
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL))
        {
            for (int i = 0; i < 3; i++)
            {
                assertTrue(trades.next());
                assertEquals((1385337600L + i) * 1_000_000_000L, trades.timestampNs());
                assertEquals(80001L + i, trades.priceMantissa());
            }
            assertFalse(trades.next());
        }
    }
}
