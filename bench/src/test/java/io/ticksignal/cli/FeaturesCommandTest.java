package io.ticksignal.cli;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.engine.feature.catalog.FeatureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturesCommandTest
{
    @Test
    void shouldWriteFeaturesOfTheAppleBarsFile(@TempDir final Path dir) throws IOException
    {
        final Path bars = MarketDataSet.AAPL_DAILY_BARS.extractTo(dir);
        final Path out = dir.resolve("out.csv");

        final CommandRun run = CommandRun.of("features", "--input", bars.toString(), "--format", "bars",
            "--features", "sma(20);rsi(14);macd(12,26,9).signal;bbands(20,2).upper", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = Files.readAllLines(out);
        assertEquals(253, lines.size());
        assertEquals("time,sma(20),rsi(14),\"macd(12,26,9).signal\",\"bbands(20,2).upper\"", lines.get(0));
        assertEquals("1357084800000,,,,", lines.get(1), "2013-01-02, nothing warm yet");
        assertEquals("features: " + out + ": 252 rows (1d), 252 events read, 0 rejected (0 invalid, 0 out of order)\n",
            run.out());
        assertEquals("", run.err());
    }

    @Test
    void shouldReadABundledDataSetByNameWithExpressionsFromAFile(@TempDir final Path dir) throws IOException
    {
        final Path expressions = Files.writeString(dir.resolve("features.txt"), "# trend\nsma(20)@1m\nrsi(14)@5m; obv\n");
        final Path out = dir.resolve("btc.csv");

        final CommandRun run = CommandRun.of("features", "--input", "bitstamp_btc_usd_trades", "--timeframe", "1m",
            "--features-file", expressions.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = Files.readAllLines(out);
        assertEquals("time,sma(20)@1m,rsi(14)@5m,obv", lines.get(0));
        assertTrue(run.out().contains(": " + (lines.size() - 1) + " rows (1m), 100000 events read, 0 rejected"), run.out());
    }

    @Test
    void shouldRunTradeMicrostructureFeaturesOnTheBitstampTrades(@TempDir final Path dir) throws IOException
    {
        final Path out = dir.resolve("btc.csv");
        final String features = "kyle_lambda(200)@tick;vpin(50,20);trade_rate(100);yang_zhang(20)@1m;vwap;skew(20)";

        final CommandRun run = CommandRun.of("features", "--input", "bitstamp_btc_usd_trades", "--format", "trades",
            "--timeframe", "1m", "--features", features, "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = Files.readAllLines(out);
        assertEquals("time,kyle_lambda(200)@tick,\"vpin(50,20)\",trade_rate(100),yang_zhang(20)@1m,vwap,skew(20)",
            lines.get(0));
        final long minutes = bitstampMinutes();
        assertEquals(minutes + 1, lines.size(), "one row per minute with trades");
        assertEquals("features: " + out + ": " + minutes + " rows (1m), 100000 events read, 0 rejected " +
            "(0 invalid, 0 out of order)\n", run.out());
        final String[] last = lines.get(lines.size() - 1).split(",", -1);
        assertEquals(7, last.length);
        for (int column = 1; column < last.length; column++)
        {
            assertTrue(Double.isFinite(Double.parseDouble(last[column])), "column " + column + ": " + last[column]);
        }
        final double vpin = Double.parseDouble(last[2]);
        assertTrue(vpin >= 0.0 && vpin <= 1.0, "vpin in [0, 1]: " + vpin);
        assertTrue(Double.parseDouble(last[3]) > 0.0, "trades per second");
    }

    @Test
    void shouldRunQuoteFeaturesOnAQuotesFile(@TempDir final Path dir) throws IOException
    {
        final Path quotes = Files.writeString(dir.resolve("quotes.csv"), "timestamp,bid,bid_size,ask,ask_size\n" +
            "60,100,1,101,3\n" +
            "61,100.5,2,101,2\n" +
            "62,100.5,4,101.5,1\n");
        final Path out = dir.resolve("out.csv");

        final CommandRun run = CommandRun.of("features", "--input", quotes.toString(), "--format", "quotes",
            "--features", "spread;microprice;imbalance(1);ofi(1)", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        // microprice = (bid * askSize + ask * bidSize) / (bidSize + askSize); imbalance(1) = (bidSize - askSize) /
        // (bidSize + askSize); ofi(1) of quote 2 = bidSize2 (bid up) - askSize2 + askSize1 (ask unchanged) = 2 - 2 + 3,
        // of quote 3 = 4 - 2 (bid unchanged) + 2 (ask up)
        assertEquals(List.of("time,spread,microprice,imbalance(1),ofi(1)",
            "60000,1.0,100.25,-0.5,",
            "61000,0.5,100.75,0.0,3.0",
            "62000,1.0,101.3,0.6,4.0"), Files.readAllLines(out));
    }

    private static long bitstampMinutes()
    {
        long minutes = 0;
        long previousMinute = Long.MIN_VALUE;
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                final long minute = reader.timestampNs() / 60_000_000_000L;
                if (minute != previousMinute)
                {
                    minutes++;
                    previousMinute = minute;
                }
            }
        }
        return minutes;
    }

    @Test
    void shouldListEveryFeature()
    {
        final CommandRun run = CommandRun.of("features", "--list");

        assertEquals(0, run.exitCode(), run.err());
        final String[] lines = run.out().split("\n");
        assertEquals(FeatureCatalog.standard().entries().size() + 1, lines.length);
        assertTrue(lines[0].startsWith("NAME"), lines[0]);
        assertTrue(run.out().contains("\nrsi       n=14 "), run.out());
    }

    @Test
    void shouldReportABadExpressionWithItsPositionAndExitOne(@TempDir final Path dir)
    {
        final Path out = dir.resolve("out.csv");

        final CommandRun run = CommandRun.of("features", "--input", "aapl_daily_bars", "--features",
            "sma(20);rsi(14).upper@1m", "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertEquals("ticksignal features: bad feature expression: rsi(14).upper@1m: position 9: " +
            "'upper' is not an output of rsi; rsi has: value\n", run.err());
        assertFalse(Files.exists(out), "no output on a bad expression");
    }

    @Test
    void shouldReportAMissingInputFileWithExitOne(@TempDir final Path dir)
    {
        final Path missing = dir.resolve("missing.csv");

        final CommandRun run = CommandRun.of("features", "--input", missing.toString(), "--format", "trades",
            "--features", "sma(20)", "--out", dir.resolve("out.csv").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal features: no such file: " + missing), run.err());
    }

    @Test
    void shouldReportAMalformedRowWithFileAndLineAndRemoveThePartialOutput(@TempDir final Path dir) throws IOException
    {
        final Path trades = Files.writeString(dir.resolve("trades.csv"), "timestamp,price,amount\n60,10,1\n61,x,1\n");
        final Path out = dir.resolve("out.csv");

        final CommandRun run = CommandRun.of("features", "--input", trades.toString(), "--format", "trades",
            "--features", "sma(2)", "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("ticksignal features: " + trades + ":3: column 2 'price'"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void shouldTreatMissingFeaturesAsAUsageError()
    {
        final CommandRun run = CommandRun.of("features", "--input", "aapl_daily_bars", "--out", "x.csv");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("missing --features \"EXPR;EXPR;...\" or --features-file FILE"), run.err());
    }

    @Test
    void shouldTreatAnUnknownTimeframeAsAUsageError()
    {
        final CommandRun run = CommandRun.of("features", "--input", "aapl_daily_bars", "--timeframe", "2m",
            "--features", "sma", "--out", "x.csv");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--timeframe '2m' is not a timeframe; allowed: tick, 1s, 1m, 5m, 15m, 1h, 1d"),
            run.err());
    }
}
