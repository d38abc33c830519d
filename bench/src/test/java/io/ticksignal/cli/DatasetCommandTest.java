package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ticksignal dataset} end to end on the bundled Bitstamp trades, checked against an independent computation
 * (the {@code features} command's rows and 1m closes computed here from the raw trades), on a journal, and on each
 * kind of bad input.
 */
class DatasetCommandTest
{
    private static final String FEATURES = "rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m";
    private static final String LABEL = "fwd_return(5)@1m";
    private static final int HORIZON = 5;
    private static final long MINUTE_MS = 60_000L;

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheBitstampDatasetAsTheFeaturesRunnerAndTheTradesSay()
        throws IOException, NoSuchAlgorithmException
    {
        final Path out = dir.resolve("btc.csv");
        final Path features = dir.resolve("features.csv");

        final CommandRun run = CommandRun.of("dataset", "--input", "bitstamp_btc_usd_trades", "--features", FEATURES,
            "--label", LABEL, "--out", out.toString());
        final CommandRun reference = CommandRun.of("features", "--input", "bitstamp_btc_usd_trades", "--timeframe",
            "1m", "--features", FEATURES, "--out", features.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, reference.exitCode(), reference.err());
        assertEquals("", run.out());
        final List<String> featureRows = Files.readAllLines(features);
        final List<long[]> minutes = minuteCloses();
        assertEquals(minutes.size() + 1, featureRows.size(), "the features runner: one row per minute with trades");
        // The last minute's bar never closes (no later trade): it is neither a row nor a label.
        final List<String> expected = new ArrayList<>();
        expected.add("time_ns,time,instrument," + FEATURES.replace(';', ',') + ",fwd_return,label");
        int warmUp = 0;
        int up = 0;
        final int closed = minutes.size() - 1;
        for (int bar = 0; bar < closed; bar++)
        {
            final String[] row = featureRows.get(bar + 1).split(",", -1);
            assertEquals(minutes.get(bar)[0], Long.parseLong(row[0]), "bar start in ms");
            final boolean warm = !row[1].isEmpty() && !row[2].isEmpty() && !row[3].isEmpty() && !row[4].isEmpty();
            if (!warm)
            {
                warmUp++;
                continue;
            }
            if (bar + HORIZON >= closed)
            {
                continue;
            }
            final double forwardReturn = Double.longBitsToDouble(minutes.get(bar + HORIZON)[1]) /
                Double.longBitsToDouble(minutes.get(bar)[1]) - 1.0;
            final long closeMs = minutes.get(bar)[0] + MINUTE_MS;
            up += forwardReturn > 0.0 ? 1 : 0;
            expected.add(closeMs * 1_000_000L + "," + Instant.ofEpochMilli(closeMs) + ",bitstamp_btc_usd_trades," +
                row[1] + "," + row[2] + "," + row[3] + "," + row[4] + "," + forwardReturn + "," +
                (forwardReturn > 0.0 ? "UP" : "DOWN"));
        }
        final List<String> written = Files.readAllLines(out);
        assertEquals(expected.size(), written.size());
        assertEquals(expected, written);
        final int rows = expected.size() - 1;
        assertTrue(rows > 9_000, "rows: " + rows);
        assertEquals(19, warmUp, "cci(20)@1m is warm from the 20th bar");

        final String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(out)));
        assertEquals("format: ticksignal-dataset/1\n" +
            "source: \"bitstamp_btc_usd_trades (org.ta4j:ta4j-examples:0.18)\"\n" +
            "command: \"ticksignal dataset --input bitstamp_btc_usd_trades --features " +
            "'rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m' --label 'fwd_return(5)@1m' --out " + out + "\"\n" +
            "features: [\"rsi(14)@1m\", \"roc(5)@1m\", \"willr(14)@1m\", \"cci(20)@1m\"]\n" +
            "label: {expression: \"fwd_return(5)@1m\", classes: 2, threshold: 0.0}\n" +
            "rows: " + rows + "\n" +
            "csvSha256: \"" + sha256 + "\"\n", Files.readString(dir.resolve("btc.csv.meta.yaml")));
        assertEquals("dataset: " + out + " (+ btc.csv.meta.yaml): " + rows + " rows, fwd_return(5)@1m: DOWN " +
            (rows - up) + ", UP " + up + "\n" +
            "dataset: " + closed + " 1m bar closes: " + rows + " rows, " + warmUp + " dropped in feature warm-up, " +
            HORIZON + " dropped with the label unknown (the last 5 bars)\n" +
            "dataset: 100000 inputs read, 0 rejected (0 invalid, 0 out of order)\n", run.err());
    }

    @Test
    void shouldBuildTheSameDatasetFromAJournalAsFromTheCsvOfItsTrades() throws IOException
    {
        final int trades = 5_000;
        final Path journal = ReplayCommandTest.writeJournal(dir.resolve("journal"), trades);
        final Path csv = firstTrades(trades);
        final Path fromJournal = dir.resolve("journal.csv");
        final Path fromCsv = dir.resolve("csv.csv");
        final String features = "rsi(14)@1m;roc(5)@1m;trade_rate(50);sma(3)@5m";

        final CommandRun journalRun = CommandRun.of("dataset", "--journal", journal.toString(), "--instrument",
            "BTC-USD", "--features", features, "--label", "fwd_return(3)@1m", "--classes", "3", "--threshold",
            "0.0005", "--out", fromJournal.toString());
        final CommandRun csvRun = CommandRun.of("dataset", "--input", csv.toString(), "--format", "trades",
            "--instrument", "BTC-USD", "--features", features, "--label", "fwd_return(3)@1m", "--classes", "3",
            "--threshold", "0.0005", "--out", fromCsv.toString());

        assertEquals(0, journalRun.exitCode(), journalRun.err());
        assertEquals(0, csvRun.exitCode(), csvRun.err());
        final String dataset = Files.readString(fromJournal);
        assertEquals(Files.readString(fromCsv), dataset);
        assertTrue(dataset.lines().count() > 100, "rows over the first 5,000 trades");
        assertTrue(dataset.contains(",FLAT\n") && dataset.contains(",UP\n") && dataset.contains(",DOWN\n"));
        assertTrue(journalRun.err().contains("dataset: " + trades + " inputs read, 0 rejected (0 invalid, 0 out of " +
            "order); journal: 0 inputs rejected by the engine (not used), 0 corrupt records passed over\n"),
            journalRun.err());
        assertTrue(Files.readString(dir.resolve("journal.csv.meta.yaml")).contains("source: \"" + journal + "\"\n"));
    }

    @Test
    void shouldWriteToStandardOutputWithoutASidecar()
    {
        final CommandRun run = CommandRun.of("dataset", "--input", "aapl_daily_bars", "--features", "rsi(14)",
            "--label", "fwd_return(1)@1d", "--classes", "3", "--threshold", "0.01", "--instrument", "AAPL",
            "--to", "2013-03-01", "--out", "-");

        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = run.out().lines().toList();
        assertEquals("time_ns,time,instrument,rsi(14),fwd_return,label", lines.get(0));
        // 2013 trading days before March: 21 in January, 19 in February. An input bar is complete as it arrives, so
        // it closes at once: 40 closes. rsi(14) without '@' runs on every input bar and is warm from the 15th
        // (Jan 23, closing Jan 24 00:00); Feb 28 has no next bar for its label.
        assertEquals(40 - 14 - 1, lines.size() - 1);
        assertTrue(lines.get(1).startsWith("1358985600000000000,2013-01-24T00:00:00Z,AAPL,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("1362009600000000000,2013-02-28T00:00:00Z,AAPL,"),
            "Feb 27, closing Feb 28 00:00, labelled by Feb 28's close");
        assertTrue(run.err().contains("dataset: standard output: 25 rows"), run.err());
        assertTrue(run.err().contains("252 inputs read, 40 used (212 outside --from/--to, 0 other instruments)"),
            run.err());
    }

    @Test
    void shouldExplainEachBadInput()
    {
        final Path out = dir.resolve("bad.csv");
        assertError(1, "bad feature expression: rsj(14)@1m: position 1: unknown feature 'rsj'; did you mean 'rsi'?",
            "--input", "bitstamp_btc_usd_trades", "--features", "rsi(14)@1m;rsj(14)@1m", "--label", LABEL, "--out",
            out.toString());
        assertError(1, "bad feature expression: spread: position 1: spread needs quotes, but the input is trades",
            "--input", "bitstamp_btc_usd_trades", "--features", "spread", "--label", LABEL, "--out", out.toString());
        assertError(1, "--label 'fwd_return5@1m' is not a label: write fwd_return(H)@TF with H >= 1 bars, " +
            "e.g. fwd_return(5)@1m", "--input", "bitstamp_btc_usd_trades", "--features", FEATURES, "--label",
            "fwd_return5@1m", "--out", out.toString());
        assertError(1, "--threshold -0.01 is not allowed: a finite return >= 0", "--input", "bitstamp_btc_usd_trades",
            "--features", FEATURES, "--label", LABEL, "--threshold", "-0.01", "--out", out.toString());
        assertError(1, "--classes 5 is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)", "--input",
            "bitstamp_btc_usd_trades", "--features", FEATURES, "--label", LABEL, "--classes", "5", "--out",
            out.toString());
        assertError(1, "--classes 3 needs --threshold X", "--input", "bitstamp_btc_usd_trades", "--features",
            FEATURES, "--label", LABEL, "--classes", "3", "--out", out.toString());
        assertError(1, "--journal " + dir.resolve("none") + ": no such directory", "--journal",
            dir.resolve("none").toString(), "--features", FEATURES, "--label", LABEL, "--out", out.toString());
        assertError(1, "--journal " + dir + " holds no journal records; give the engine's journal.directory",
            "--journal", dir.toString(), "--features", FEATURES, "--label", LABEL, "--out", out.toString());
        assertError(1, "--out " + dir.resolve("bad.parquet") + ": Parquet is not supported (Ticksignal has no " +
            "Parquet writer); write CSV instead, e.g. --out " + dir.resolve("bad.csv"), "--input",
            "bitstamp_btc_usd_trades", "--features", FEATURES, "--label", LABEL, "--out",
            dir.resolve("bad.parquet").toString());
        assertError(1, "--label fwd_return(5)@1m: 1m is finer than the input appleinc_bars_from_20130101_usd.csv, " +
            "which is 1d bars; use @1d or coarser", "--input", "aapl_daily_bars", "--features", "rsi(14)", "--label",
            LABEL, "--out", out.toString());
        assertError(1, "no rows: 9398 1m bar closes: 9398 with a feature not yet warm, 0 warm but with no bar 5 " +
            "closes later for the label; never warm: rsi(20000)@1m (warm after 20001 1m bars)", "--input",
            "bitstamp_btc_usd_trades", "--features", "rsi(20000)@1m", "--label", LABEL, "--out", out.toString());
        assertError(1, "--out " + dir.resolve("no/such/dir/x.csv") + ": the directory " + dir.resolve("no/such/dir") +
            " does not exist", "--input", "bitstamp_btc_usd_trades", "--features", FEATURES, "--label", LABEL,
            "--out", dir.resolve("no/such/dir/x.csv").toString());
        assertError(2, "--input=FILE|DATASET, --journal=DIR are mutually exclusive", "--input",
            "bitstamp_btc_usd_trades", "--journal", dir.toString(), "--features", FEATURES, "--label", LABEL,
            "--out", out.toString());
        assertError(2, "Missing required option: '--label=fwd_return(H)@TF'", "--input", "bitstamp_btc_usd_trades",
            "--features", FEATURES, "--out", out.toString());
        assertFalse(Files.exists(out), "no dataset written on an error");
        assertFalse(Files.exists(dir.resolve("bad.parquet")));
    }

    private static void assertError(final int exitCode, final String message, final String... arguments)
    {
        final String[] command = new String[arguments.length + 1];
        command[0] = "dataset";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        final CommandRun run = CommandRun.of(command);
        assertEquals(exitCode, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), "expected '" + message + "' in:\n" + run.err());
        assertEquals("", run.out());
    }

    /**
     * @return per minute with trades: its start in epoch ms and its close price (last trade) as double bits.
     */
    private static List<long[]> minuteCloses()
    {
        final List<long[]> minutes = new ArrayList<>();
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                final long minuteMs = Math.floorDiv(reader.timestampNs() / 1_000_000L, MINUTE_MS) * MINUTE_MS;
                final long closeBits = Double.doubleToRawLongBits(reader.value(1));
                if (minutes.isEmpty() || minutes.get(minutes.size() - 1)[0] != minuteMs)
                {
                    minutes.add(new long[]{ minuteMs, closeBits });
                }
                else
                {
                    minutes.get(minutes.size() - 1)[1] = closeBits;
                }
            }
        }
        return minutes;
    }

    private Path firstTrades(final int trades) throws IOException
    {
        final List<String> lines = Files.readAllLines(MarketDataSet.BITSTAMP_BTC_USD_TRADES.extractTo(dir));
        return Files.write(dir.resolve("first-trades.csv"), lines.subList(0, trades + 1));
    }
}
