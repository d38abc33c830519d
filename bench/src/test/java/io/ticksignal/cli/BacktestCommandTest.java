package io.ticksignal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ticksignal backtest} on the journal of an in-process {@code ticksignal demo} run (the live engine on the
 * first 20,000 real Bitstamp trades, scored by the demo bundle).
 */
class BacktestCommandTest
{
    private static final int TRADES = 20_000;
    private static final Pattern RUN_DIRECTORY = Pattern.compile("demo: run directory (\\S+)");
    private static final Pattern JOURNAL = Pattern.compile("demo: journal (\\S+) ");
    private static final Path DEMO_BUNDLE = Path.of("..", "config", "models", "demo-btc", "1");

    private static Path runDirectory;
    private static Path journal;

    @TempDir
    Path out;

    @BeforeAll
    static void runTheDemo()
    {
        final CommandRun demo = CommandRun.of("demo", "--trades", Integer.toString(TRADES), "--samples", "0");
        assertEquals(0, demo.exitCode(), demo.err());
        final Matcher run = RUN_DIRECTORY.matcher(demo.out());
        final Matcher journalPath = JOURNAL.matcher(demo.out());
        assertTrue(run.find() && journalPath.find(), demo.out());
        runDirectory = Path.of(run.group(1));
        journal = Path.of(journalPath.group(1));
    }

    @AfterAll
    static void deleteTheDemo() throws IOException
    {
        if (null != runDirectory)
        {
            try (Stream<Path> paths = Files.walk(runDirectory))
            {
                for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void shouldBacktestTheJournaledSignalsAndWriteTheReport() throws IOException
    {
        final CommandRun run = CommandRun.of("backtest", "--journal", journal.toString(), "--cost-bps", "2",
            "--horizon", "3", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("backtest: instrument "), run.out());
        assertTrue(run.out().contains(" " + String.format("%,d", TRADES) + " market events"), run.out());
        assertTrue(run.out().contains("backtest: annualisation CRYPTO_24_7, 525,600 bars per year"), run.out());
        assertTrue(run.out().contains("backtest: strategy "), run.out());
        assertTrue(run.out().contains("backtest: buy and hold "), run.out());
        assertTrue(run.out().contains("backtest: report " + out.resolve("report.html").toAbsolutePath()), run.out());

        final JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(TRADES, metrics.at("/inputs/marketEvents").asLong());
        assertTrue(metrics.at("/inputs/signals").asLong() > 0, metrics.toString());
        assertEquals(2.0, metrics.at("/inputs/costBps").asDouble());
        assertEquals(3, metrics.at("/inputs/horizonBars").asInt());
        assertEquals(journal.toAbsolutePath().toString(), metrics.at("/inputs/journal").asText());
        assertTrue(metrics.at("/strategy/numberOfTrades").asDouble() > 0, metrics.toString());
        assertEquals(1.0, metrics.at("/benchmark/numberOfTrades").asDouble());

        final String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg id=\"chart-equity\""));
        assertTrue(html.contains("<svg id=\"chart-latency\""), "the demo's latency.txt is found");
        assertFalse(html.contains("http://") || html.contains("https://"));
    }

    @Test
    void shouldBacktestTheSignalsABundleRegeneratesByReplay() throws IOException
    {
        final CommandRun journaled = CommandRun.of("backtest", "--journal", journal.toString(),
            "--out", out.resolve("journaled").toString());
        final CommandRun replayed = CommandRun.of("backtest", "--journal", journal.toString(),
            "--bundle", DEMO_BUNDLE.toString(), "--out", out.resolve("replayed").toString());

        assertEquals(0, journaled.exitCode(), journaled.err());
        assertEquals(0, replayed.exitCode(), replayed.err());
        final ObjectMapper mapper = new ObjectMapper();
        final JsonNode fromJournal = mapper.readTree(out.resolve("journaled").resolve("metrics.json").toFile());
        final JsonNode fromReplay = mapper.readTree(out.resolve("replayed").resolve("metrics.json").toFile());
        assertTrue(fromReplay.at("/inputs/signalSource").asText().startsWith("replay with bundle "));
        // the demo ran this very bundle: the replay regenerates the same signals, so the same strategy
        assertEquals(fromJournal.at("/inputs/signals"), fromReplay.at("/inputs/signals"));
        assertEquals(fromJournal.at("/strategy"), fromReplay.at("/strategy"));
    }

    @Test
    void shouldRejectBadOptionsAsUserErrors()
    {
        final CommandRun timeframe = CommandRun.of("backtest", "--journal", journal.toString(), "--timeframe", "5x");
        final CommandRun calendar = CommandRun.of("backtest", "--journal", journal.toString(), "--calendar", "lunar");
        final CommandRun missing = CommandRun.of("backtest", "--journal", out.resolve("nope").toString());
        final CommandRun horizon = CommandRun.of("backtest", "--journal", journal.toString(), "--horizon", "0");

        assertEquals(1, timeframe.exitCode());
        assertTrue(timeframe.err().contains("--timeframe: '5x' is not a timeframe"), timeframe.err());
        assertEquals(1, calendar.exitCode());
        assertTrue(calendar.err().contains("use crypto or equity"), calendar.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("is not a directory"), missing.err());
        assertEquals(1, horizon.exitCode());
        assertTrue(horizon.err().contains("horizonBars must be >= 1"), horizon.err());
    }

    @Test
    void shouldParseTimeframes()
    {
        assertEquals(60_000_000_000L, BacktestCommand.parseTimeframe("1m"));
        assertEquals(30_000_000_000L, BacktestCommand.parseTimeframe("30s"));
        assertEquals(3_600_000_000_000L, BacktestCommand.parseTimeframe("1h"));
        assertEquals(86_400_000_000_000L, BacktestCommand.parseTimeframe("1d"));
    }
}
