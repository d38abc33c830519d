package io.ticksignal.codecs.data;

import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketDataSetTest
{
    @TempDir
    Path tempDir;

    @Test
    void shouldDescribeTheBundledDataSets()
    {
        assertEquals("bitstamp_trades_from_20131125_usd.csv", MarketDataSet.BITSTAMP_BTC_USD_TRADES.resourceName());
        assertEquals(MarketDataFormat.TRADES, MarketDataSet.BITSTAMP_BTC_USD_TRADES.format());
        assertEquals(100_000, MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount());
        assertEquals("appleinc_bars_from_20130101_usd.csv", MarketDataSet.AAPL_DAILY_BARS.resourceName());
        assertEquals(MarketDataFormat.BARS, MarketDataSet.AAPL_DAILY_BARS.format());
        assertEquals(252, MarketDataSet.AAPL_DAILY_BARS.rowCount());
        assertTrue(MarketDataSet.AAPL_DAILY_BARS.description().contains("AAPL"));
    }

    @ParameterizedTest
    @EnumSource(MarketDataSet.class)
    void shouldReadEveryRowOfEachDataSetInItsFormat(final MarketDataSet dataSet)
    {
        try (MarketDataReader reader = dataSet.openReader(BadRowPolicy.FAIL))
        {
            long previousNs = Long.MIN_VALUE;
            while (reader.next())
            {
                assertTrue(reader.timestampNs() >= previousNs);
                previousNs = reader.timestampNs();
            }
            assertEquals(dataSet.format(), reader.format());
            assertEquals(dataSet.resourceName(), reader.fileName());
            assertEquals(dataSet.rowCount(), reader.rowsRead());
            assertEquals(0, reader.rowsSkipped());
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSet.class)
    void shouldExtractAByteForByteCopy(final MarketDataSet dataSet) throws IOException
    {
        final Path directory = tempDir.resolve("data").resolve("nested");
        final Path file = dataSet.extractTo(directory);
        assertEquals(directory.resolve(dataSet.resourceName()), file);
        final byte[] original;
        try (InputStream in = dataSet.open())
        {
            original = in.readAllBytes();
        }
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(file, dataSet.extractTo(directory));
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void shouldReadTheExtractedTradesFileFromDisk() throws IOException
    {
        final Path file = MarketDataSet.BITSTAMP_BTC_USD_TRADES.extractTo(tempDir);
        assertEquals(4_446_667L, Files.size(file));
        try (MarketDataReader reader = MarketDataFormat.TRADES.open(file, BadRowPolicy.FAIL))
        {
            long rows = 0;
            while (reader.next())
            {
                rows++;
            }
            assertEquals(100_000, rows);
            assertEquals(999.0, reader.value(1));
        }
    }
}
