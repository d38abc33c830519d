package io.ticksignal.codecs.text;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradeCsvReaderTest
{
    static final String BITSTAMP = "bitstamp_trades_from_20131125_usd.csv";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    static InputStream resource(final String name)
    {
        final InputStream in = TradeCsvReaderTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " must be on the test classpath (org.ta4j:ta4j-examples)");
        return in;
    }

    @Test
    void shouldReadAllBitstampTradesWithExactFirstAndLastRows()
    {
        try (TradeCsvReader trades = TradeCsvReader.open(resource(BITSTAMP), BITSTAMP, BadRowPolicy.FAIL))
        {
            assertTrue(trades.next());
            assertEquals(1385337600L * NANOS_PER_SECOND, trades.timestampNs());
            assertEquals(80001L, trades.priceMantissa());
            assertEquals(-2, trades.priceExponent());
            assertEquals(800.01, trades.price());
            assertEquals(1L, trades.amountMantissa());
            assertEquals(-1, trades.amountExponent());
            assertEquals(0.1, trades.amount());
            assertEquals(2, trades.lineNumber());

            long previousNs = trades.timestampNs();
            long zeroAmounts = 0;
            boolean nonDecreasing = true;
            while (trades.next())
            {
                nonDecreasing &= trades.timestampNs() >= previousNs;
                previousNs = trades.timestampNs();
                zeroAmounts += trades.amountMantissa() == 0 ? 1 : 0;
            }

            assertEquals(1385913725L * NANOS_PER_SECOND, trades.timestampNs());
            assertEquals(999L, trades.priceMantissa());
            assertEquals(0, trades.priceExponent());
            assertEquals(999.0, trades.price());
            assertEquals(12926331L, trades.amountMantissa());
            assertEquals(-7, trades.amountExponent());
            assertEquals(1.2926331, trades.amount());

            assertTrue(nonDecreasing, "timestamps must be non-decreasing");
            assertEquals(18, zeroAmounts);
            assertEquals(100_000, trades.rowsRead());
            assertEquals(0, trades.rowsSkipped());
            assertEquals(100_001, trades.lineNumber());
            assertFalse(trades.next());
        }
    }

    @Test
    void shouldMatchAnIndependentParseOfEveryBitstampTrade() throws IOException
    {
        try (TradeCsvReader trades = TradeCsvReader.open(resource(BITSTAMP), BITSTAMP, BadRowPolicy.FAIL);
            BufferedReader lines = new BufferedReader(new InputStreamReader(resource(BITSTAMP), StandardCharsets.UTF_8)))
        {
            lines.readLine();
            String line;
            int rows = 0;
            while ((line = lines.readLine()) != null)
            {
                final String[] fields = line.split(",");
                assertTrue(trades.next());
                assertEquals(Long.parseLong(fields[0]) * NANOS_PER_SECOND, trades.timestampNs(), line);
                assertExact(fields[1], trades.priceMantissa(), trades.priceExponent(), trades.price(), line);
                assertExact(fields[2], trades.amountMantissa(), trades.amountExponent(), trades.amount(), line);
                rows++;
            }
            assertEquals(100_000, rows);
            assertFalse(trades.next());
        }
    }

    static void assertExact(
        final String text, final long mantissa, final int exponent, final double value, final String context)
    {
        assertEquals(0, new BigDecimal(text).compareTo(BigDecimal.valueOf(mantissa, -exponent)), context);
        assertEquals(Double.parseDouble(text), value, context);
        assertTrue(exponent >= 0 || mantissa % 10 != 0, "canonical form drops trailing zeros: " + context);
    }

    @Test
    void shouldEncodePricesAtTheConfiguredScale()
    {
        try (TradeCsvReader trades = TradeCsvReader.open(resource(BITSTAMP), BITSTAMP, BadRowPolicy.FAIL)
            .priceScale(2)
            .amountScale(8))
        {
            assertTrue(trades.next());
            assertEquals(80001L, trades.priceScaled());
            assertEquals(10_000_000L, trades.amountScaled());
            assertTrue(trades.next());
            assertEquals(80005L, trades.priceScaled());
            assertEquals(27_838_049L, trades.amountScaled());
        }
    }

    @Test
    void shouldExposeColumnsByIndexThroughTheGenericInterface()
    {
        try (MarketDataReader reader = MarketDataFormat.TRADES.open(resource(BITSTAMP), BITSTAMP, BadRowPolicy.FAIL))
        {
            assertTrue(reader.next());
            assertEquals(MarketDataFormat.TRADES, reader.format());
            assertEquals(BITSTAMP, reader.fileName());
            assertEquals(80001L, reader.mantissa(TradeCsvReader.PRICE));
            assertEquals(-2, reader.exponent(TradeCsvReader.PRICE));
            assertEquals(0.1, reader.value(TradeCsvReader.AMOUNT));
        }
    }
}
