package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedRowTest
{
    private static final String HEADER = "timestamp,price,amount\r\n";
    private static final String GOOD_ROW = "1385337600,800.01,0.1\r\n";

    @TempDir
    Path tempDir;

    private Path write(final String name, final String content) throws IOException
    {
        final Path file = tempDir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    static Stream<Arguments> malformedRows()
    {
        return Stream.of(
            Arguments.of("1385337601,800.01", 3, "amount", "1385337601,800.01", "3 fields as in the header (this row has 2)"),
            Arguments.of("1385337601,800.01,0.1,7", 4, "", "1385337601,800.01,0.1,7", "3 fields as in the header (this row has 4)"),
            Arguments.of("1385337601,,0.1", 2, "price", "", "a value"),
            Arguments.of("1385337601,800.01,  ", 3, "amount", "  ", "a value"),
            Arguments.of("1385337601,12.3.4,0.1", 2, "price", "12.3.4", "a decimal number"),
            Arguments.of("1385337601,800.01,abc", 3, "amount", "abc", "a decimal number"),
            Arguments.of("1385337601,1e,0.1", 2, "price", "1e", "a decimal number"),
            Arguments.of("1385337601,NaN,0.1", 2, "price", "NaN", FieldProblem.NOT_FINITE.expected()),
            Arguments.of("1385337601,800.01,-Infinity", 3, "amount", "-Infinity", FieldProblem.NOT_FINITE.expected()),
            Arguments.of("1385337601,99999999999999999999,0.1", 2, "price", "99999999999999999999",
                FieldProblem.MANTISSA_OVERFLOW.expected()),
            Arguments.of("yesterday,800.01,0.1", 1, "timestamp", "yesterday", FieldProblem.NOT_A_TIMESTAMP.expected()),
            Arguments.of("2013-13-01,800.01,0.1", 1, "timestamp", "2013-13-01", FieldProblem.NOT_A_TIMESTAMP.expected()),
            Arguments.of("2013-02-29,800.01,0.1", 1, "timestamp", "2013-02-29", FieldProblem.NOT_A_TIMESTAMP.expected()),
            Arguments.of("-1385337601,800.01,0.1", 1, "timestamp", "-1385337601", FieldProblem.NOT_A_TIMESTAMP.expected()),
            Arguments.of("99999999999,800.01,0.1", 1, "timestamp", "99999999999",
                FieldProblem.TIMESTAMP_OUT_OF_RANGE.expected()));
    }

    @ParameterizedTest
    @MethodSource("malformedRows")
    void shouldNameFileLineColumnAndTextOfEachMalformedRow(
        final String row, final int column, final String columnName, final String found, final String expected)
        throws IOException
    {
        final Path file = write("trades.csv", HEADER + GOOD_ROW + row + "\r\n" + GOOD_ROW);
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL))
        {
            assertTrue(trades.next());
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, trades::next);
            assertEquals(file.toString(), error.fileName());
            assertEquals(3, error.lineNumber());
            assertEquals(column, error.columnNumber());
            assertEquals(columnName, error.columnName());
            assertEquals(found, error.found());
            assertEquals(expected, error.expected());
        }
    }

    @Test
    void shouldFormatTheMessageLikeACompilerError()
    {
        final MarketDataFormatException error = assertThrows(
            MarketDataFormatException.class,
            () -> readAll("bitstamp.csv", HEADER + GOOD_ROW + "1385337601,12.3.4,0.1\r\n", BadRowPolicy.FAIL));
        assertEquals("bitstamp.csv:3: column 2 'price': expected a decimal number, found \"12.3.4\"", error.getMessage());
    }

    @Test
    void shouldSayWhenAFieldLiesBeyondTheHeader()
    {
        final MarketDataFormatException error = assertThrows(
            MarketDataFormatException.class,
            () -> readAll("t.csv", HEADER + "1,2,3,4\n", BadRowPolicy.FAIL));
        assertEquals(
            "t.csv:2: column 4 (beyond the header): expected 3 fields as in the header (this row has 4), found \"1,2,3,4\"",
            error.getMessage());
    }

    private static long readAll(final String name, final String content, final BadRowPolicy policy)
    {
        try (TradeCsvReader trades = TradeCsvReader.open(
            new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name, policy))
        {
            long rows = 0;
            while (trades.next())
            {
                rows++;
            }
            return rows;
        }
    }

    @Test
    void shouldSkipAndCountMalformedRowsAndKeepReading() throws IOException
    {
        final Path file = write("mixed.csv", HEADER
            + "1385337600,800.01,0.1\r\n"
            + "1385337601,oops,0.1\r\n"
            + "1385337602,800.02,0.2\r\n"
            + "1385337603,800.03\r\n"
            + "\r\n"
            + "1385337604,NaN,0.4\r\n"
            + "1385337605,800.05,0.5");
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.SKIP))
        {
            assertTrue(trades.next());
            assertEquals(80001L, trades.priceMantissa());
            assertTrue(trades.next());
            assertEquals(80002L, trades.priceMantissa());
            assertEquals(4, trades.lineNumber());
            assertTrue(trades.next());
            assertEquals(80005L, trades.priceMantissa());
            assertEquals(1385337605_000_000_000L, trades.timestampNs());
            assertEquals(8, trades.lineNumber());
            assertFalse(trades.next());

            assertEquals(3, trades.rowsRead());
            assertEquals(3, trades.rowsSkipped());
            assertEquals(3, trades.firstErrors().size());
            assertEquals(file + ":3: column 2 'price': expected a decimal number, found \"oops\"",
                trades.firstErrors().get(0));
            assertTrue(trades.firstErrors().get(1).startsWith(file + ":5: column 3 'amount': expected 3 fields"));
            assertTrue(trades.firstErrors().get(2).startsWith(file + ":7: column 2 'price': expected a finite"));
        }
    }

    @Test
    void shouldKeepOnlyTheFirstTenErrorMessagesButCountAllSkippedRows() throws IOException
    {
        final StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++)
        {
            content.append("1385337600,bad").append(i).append(",0.1\r\n").append(GOOD_ROW);
        }
        final Path file = write("many.csv", content.toString());
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.SKIP))
        {
            while (trades.next())
            {
                assertEquals(80001L, trades.priceMantissa());
            }
            assertEquals(25, trades.rowsRead());
            assertEquals(25, trades.rowsSkipped());
            assertEquals(MarketDataReader.MAX_KEPT_ERRORS, trades.firstErrors().size());
            assertTrue(trades.firstErrors().get(9).contains(":20: column 2 'price'"));
            assertTrue(trades.firstErrors().get(9).endsWith("found \"bad9\""));
        }
    }

    @Test
    void shouldRejectAPriceThatLosesDigitsAtTheConfiguredScale() throws IOException
    {
        final Path file = write("scale.csv", HEADER
            + "1385337600,800.010000,0.1\r\n"
            + "1385337601,800,0.1\r\n"
            + "1385337602,800.015,0.1\r\n");
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL).priceScale(2))
        {
            assertTrue(trades.next());
            assertEquals(80001L, trades.priceScaled());
            assertTrue(trades.next());
            assertEquals(80000L, trades.priceScaled());
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, trades::next);
            assertEquals(4, error.lineNumber());
            assertEquals(2, error.columnNumber());
            assertEquals("price", error.columnName());
            assertEquals("800.015", error.found());
            assertEquals("a value with at most 2 decimal places", error.expected());
        }
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.SKIP).priceScale(2))
        {
            assertTrue(trades.next());
            assertTrue(trades.next());
            assertFalse(trades.next());
            assertEquals(1, trades.rowsSkipped());
        }
    }

    @Test
    void shouldRejectAValueThatOverflowsAtTheConfiguredScale() throws IOException
    {
        final Path file = write("big.csv", HEADER + "1385337600,92233720368547758.07,0.1\r\n");
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL).priceScale(3))
        {
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, trades::next);
            assertEquals(2, error.lineNumber());
            assertEquals("a value that fits a 64-bit long at 3 decimal places", error.expected());
        }
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL).priceScale(2))
        {
            assertTrue(trades.next());
            assertEquals(Long.MAX_VALUE, trades.priceScaled());
        }
    }

    @Test
    void shouldRefuseScaledGettersWithoutAConfiguredScale() throws IOException
    {
        final Path file = write("noscale.csv", HEADER + GOOD_ROW);
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL))
        {
            assertTrue(trades.next());
            assertThrows(IllegalStateException.class, trades::priceScaled);
            assertThrows(IllegalArgumentException.class, () -> trades.amountScale(19));
            final IllegalArgumentException negative =
                assertThrows(IllegalArgumentException.class, () -> trades.priceScale(-1));
            assertEquals("decimal places must be within 0..18, found -1", negative.getMessage());
        }
    }

    @Test
    void shouldRejectDecimalsBeyondTheDecimal64ExponentRange() throws IOException
    {
        final Path file = write("tiny.csv", HEADER + "1385337600,1e-28,15e18\r\n");
        try (TradeCsvReader trades = TradeCsvReader.open(file, BadRowPolicy.FAIL))
        {
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, trades::next);
            assertEquals(2, error.columnNumber());
            assertEquals("price", error.columnName());
            assertEquals("1e-28", error.found());
            assertTrue(error.expected().startsWith("a decimal number between 1e-18 and 1e18"), error.expected());
        }
        final Path inRange = write("edge.csv", HEADER + "1385337600,1e-18,15e17\r\n");
        try (TradeCsvReader trades = TradeCsvReader.open(inRange, BadRowPolicy.FAIL))
        {
            assertTrue(trades.next());
            assertEquals(1L, trades.priceMantissa());
            assertEquals(-18, trades.priceExponent());
            assertEquals(1e-18, trades.price());
            assertEquals(15L, trades.amountMantissa());
            assertEquals(17, trades.amountExponent());
            assertEquals(1.5e18, trades.amount());
        }
        final Path huge = write("huge.csv", HEADER + "1385337600,800.01,1e18\r\n");
        try (TradeCsvReader trades = TradeCsvReader.open(huge, BadRowPolicy.FAIL).amountScale(1))
        {
            final MarketDataFormatException error = assertThrows(MarketDataFormatException.class, trades::next);
            assertEquals("a value that fits a 64-bit long at 1 decimal places", error.expected());
        }
    }
}
