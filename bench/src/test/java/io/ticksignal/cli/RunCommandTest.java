package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.agrona.concurrent.ShutdownSignalBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest
{
    @TempDir
    Path dir;

    @Test
    void shouldExitOneWithEveryConfigErrorForABadConfig() throws IOException
    {
        final Path bad = Files.writeString(dir.resolve("bad.yaml"), String.join("\n",
            "engine:",
            "  ringSize: 1000",
            "instruments:",
            "  - id: 0",
            "    symbol: BTC-USD",
            "    sizeScale: 8",
            "model:",
            "  rule: { feature: rsi(14), buyAbove: 60, sellBelow: 40 }",
            "features:",
            "  - rsi(14)",
            ""));

        final CommandRun run = CommandRun.of("run", "--config", bad.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("ticksignal run: "), run.err());
        assertTrue(run.err().contains("bad.yaml:2:13: engine.ringSize: 1000 is not allowed"), run.err());
        assertTrue(run.err().contains("instruments[0].priceScale: missing required key"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void shouldRunUntilSignalledThenPrintTheSummaryAndExitZero() throws Exception
    {
        final Path config = Files.writeString(dir.resolve("engine.yaml"), String.join("\n",
            "engine:",
            "  name: run-test",
            "aeron:",
            "  driverDirectory: " + dir.resolve("aeron"),
            "journal:",
            "  directory: " + dir.resolve("journal"),
            "counters:",
            "  file: " + dir.resolve("counters.dat"),
            "instruments:",
            "  - id: 0",
            "    symbol: BTC-USD",
            "    priceScale: 2",
            "    sizeScale: 8",
            "features:",
            "  - rsi(14)",
            "model:",
            "  rule: { feature: rsi(14), buyAbove: 60, sellBelow: 40 }",
            ""));

        final CompletableFuture<CommandRun> running =
            CompletableFuture.supplyAsync(() -> CommandRun.of("run", "--config", config.toString()));
        // The journal's first cycle file appears with ENGINE_START: the driver and the subscription exist by then.
        AeronTestSupport.awaitUntil(() -> hasCycleFile(dir.resolve("journal")) || running.isDone(),
            "the engine to go live");
        final CommandRun feed = CommandRun.of("feed", "--config", config.toString(), "--input",
            "bitstamp_btc_usd_trades", "--instrument", "BTC-USD", "--speed", "max", "--limit", "500");
        assertEquals(0, feed.exitCode(), feed.err());
        final CommandRun stat = CommandRun.of("stat", "--counters", dir.resolve("counters.dat").toString());
        assertEquals(0, stat.exitCode(), stat.err());
        new ShutdownSignalBarrier().signalAll();
        final CommandRun run = running.get(30, TimeUnit.SECONDS);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("run: journal " + dir.resolve("journal")), run.out());
        assertTrue(run.out().contains("run: recovery: none (empty journal)"), run.out());
        assertTrue(run.out().contains("run: live;"), run.out());
        assertTrue(run.out().contains("run: inputs: 500 received, 500 accepted, 0 rejected"), run.out());
        assertTrue(run.out().contains("run: latency receive->pipeline start: n=500 "), run.out());
        assertTrue(run.out().contains("run: errors: 0"), run.out());
        assertTrue(stat.out().contains("ticksignal: inputs received"), stat.out());
        assertTrue(Files.readString(dir.resolve("latency.txt")).contains("receive->pipeline start: n=500 "));
    }

    private static boolean hasCycleFile(final Path journal)
    {
        if (!Files.isDirectory(journal))
        {
            return false;
        }
        try (Stream<Path> files = Files.list(journal))
        {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
