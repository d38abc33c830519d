package io.ticksignal.cli;

import io.ticksignal.codecs.data.MarketDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCommandTest
{
    @Test
    void shouldListBothRealDataSetsWithRowCounts()
    {
        final CommandRun run = CommandRun.of("data", "list");

        assertEquals(0, run.exitCode());
        final String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[1].matches("bitstamp_btc_usd_trades\\s+trades\\s+100,000\\s+bitstamp_trades_from_20131125_usd\\.csv .*"),
            lines[1]);
        assertTrue(lines[2].matches("aapl_daily_bars\\s+bars\\s+252\\s+appleinc_bars_from_20130101_usd\\.csv .*"), lines[2]);
    }

    @Test
    void shouldExtractTheBundledBytesUnchanged(@TempDir final Path dir) throws IOException
    {
        final CommandRun run = CommandRun.of("data", "extract", "--out", dir.toString(), "aapl_daily_bars");

        assertEquals(0, run.exitCode(), run.err());
        final Path written = dir.resolve("appleinc_bars_from_20130101_usd.csv");
        assertTrue(run.out().startsWith("aapl_daily_bars -> " + written), run.out());
        try (InputStream in = MarketDataSet.AAPL_DAILY_BARS.open())
        {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(written));
        }
        assertFalse(Files.exists(dir.resolve("bitstamp_trades_from_20131125_usd.csv")));
    }

    @Test
    void shouldExtractAllDataSetsByDefault(@TempDir final Path dir)
    {
        final CommandRun run = CommandRun.of("data", "extract", "-o", dir.resolve("nested").toString());

        assertEquals(0, run.exitCode(), run.err());
        for (final MarketDataSet set : MarketDataSet.values())
        {
            assertTrue(Files.isRegularFile(dir.resolve("nested").resolve(set.resourceName())), set.name());
        }
    }

    @Test
    void shouldExplainAnUnwritableDirectoryWithExitOne(@TempDir final Path dir) throws IOException
    {
        final Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");

        final CommandRun run = CommandRun.of("data", "extract", "--out", aFile.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal extract: cannot write "), run.err());
        assertTrue(run.err().contains("choose a writable directory with --out DIR"), run.err());
    }

    @Test
    void shouldRejectUnknownDataSetNameAsUsageError()
    {
        final CommandRun run = CommandRun.of("data", "extract", "nasdaq_everything");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nasdaq_everything"), run.err());
    }
}
