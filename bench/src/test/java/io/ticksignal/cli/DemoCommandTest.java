package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DemoCommandTest
{
    private static final Pattern RUN_DIRECTORY = Pattern.compile("demo: run directory (\\S+)");
    private static final Pattern SIGNALS = Pattern.compile(
        "demo: signals out: (\\d+) \\{HOLD=(\\d+), BUY=(\\d+), SELL=(\\d+)}; the strategy received (\\d+) ");

    @Test
    void shouldRunTheWholeLoopOnTheRealTradesAndPrintItsSummary() throws IOException
    {
        final CommandRun run = CommandRun.of("demo");

        try
        {
            assertEquals(0, run.exitCode(), run.err());
            final String out = run.out();
            assertTrue(out.contains("demo: fed 100000 real Bitstamp BTC/USD trades in "), out);
            assertTrue(out.contains("demo: events in: 100000 (100000 accepted, 0 rejected)"), out);
            final Matcher signals = SIGNALS.matcher(out);
            assertTrue(signals.find(), out);
            final long total = Long.parseLong(signals.group(1));
            assertTrue(total > 0, out);
            assertEquals(total, Long.parseLong(signals.group(2)) + Long.parseLong(signals.group(3)) +
                Long.parseLong(signals.group(4)), out);
            assertEquals(total, Long.parseLong(signals.group(5)), "the strategy received every signal:\n" + out);
            assertEquals(5, out.lines().filter(line -> line.startsWith("demo:   BUY ") ||
                line.startsWith("demo:   SELL") || line.startsWith("demo:   HOLD")).count(), out);
            assertTrue(out.contains("demo: latency receive->signal published: n=" + total + " p50="), out);
            assertTrue(out.contains("demo: journal "), out);
            assertTrue(out.contains("demo: errors 0"), out);
            assertTrue(out.contains("demo: model bundle demo-btc "), out);
            assertEquals(5, out.lines().filter(line -> line.startsWith("demo:   ") &&
                line.contains(", demo-btc v1, ")).count(), "the demo bundle scored every sample:\n" + out);
            final Matcher directory = RUN_DIRECTORY.matcher(out);
            assertTrue(directory.find(), out);
            final Path report = Path.of(directory.group(1)).resolve("report");
            assertTrue(out.contains("demo: backtest of this run's journal (ticksignal backtest --journal "), out);
            assertTrue(out.contains("backtest: report " + report.resolve("report.html")), out);
            assertTrue(Files.size(report.resolve("report.html")) > 10_000, "the report has its charts");
            assertTrue(Files.readString(report.resolve("metrics.json")).contains("\"sharpe\""), "metrics.json");
            // The drift monitor's alert lines went to a file in the run directory, none between the demo's lines.
            final Path alerts = Path.of(directory.group(1)).resolve("drift-alerts.txt");
            final List<String> alertLines = Files.readAllLines(alerts);
            assertTrue(out.contains("demo: drift monitor alert lines: " + alertLines.size() + " in " + alerts), out);
            assertTrue(!alertLines.isEmpty() && alertLines.stream().allMatch(l -> l.startsWith("ticksignal: warn: ")),
                alertLines.toString());
            assertTrue(run.err().lines().noneMatch(l -> l.startsWith("ticksignal: warn: drift")), run.err());
        }
        finally
        {
            deleteRunDirectory(run.out());
        }
    }

    @Test
    void shouldRunTheBuiltInRuleOfTheDemoConfigurationForComparison() throws IOException
    {
        final CommandRun run = CommandRun.of("demo", "--model", "rule", "--trades", "5000");

        try
        {
            assertEquals(0, run.exitCode(), run.err());
            final String out = run.out();
            assertTrue(out.contains("demo: model built-in rule on rsi(14) (demo.yaml)"), out);
            assertTrue(out.contains("demo: events in: 5000 (5000 accepted, 0 rejected)"), out);
            assertTrue(out.lines().filter(line -> line.startsWith("demo:   ")).allMatch(
                line -> line.contains(", rule:rsi(14) v0, ")), out);
        }
        finally
        {
            deleteRunDirectory(run.out());
        }
    }

    private static void deleteRunDirectory(final String out) throws IOException
    {
        final Matcher matcher = RUN_DIRECTORY.matcher(out);
        if (matcher.find())
        {
            try (Stream<Path> paths = Files.walk(Path.of(matcher.group(1))))
            {
                for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.delete(path);
                }
            }
        }
    }
}
