package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ticksignal.engine.counters.CountersFile;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.status.AtomicCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatCommandTest
{
    @TempDir
    Path temp;

    @Test
    void shouldPrintEveryCounterOfARunningEngine()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile counters = newCountersFile(file))
        {
            final CommandRun run = CommandRun.of("stat", "--counters", counters.file().toString());

            assertEquals(0, run.exitCode(), run.err());
            final String[] lines = run.out().split("\n");
            assertEquals(4, lines.length, run.out());
            assertTrue(lines[0].startsWith("engine stat-test (pid " + ProcessHandle.current().pid() + "), up 0:00:0"),
                lines[0]);
            assertTrue(lines[0].contains("counters " + file.toAbsolutePath()), lines[0]);
            assertEquals("  id                value  label", lines[1]);
            assertEquals("   0               100000  ticksignal: inputs received", lines[2]);
            assertEquals("   1                    3  ticksignal: rejected: \"TRUNCATED\"", lines[3]);
            assertEquals("", run.err());
        }
    }

    @Test
    void shouldPrintOneJsonObjectPerSample()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile counters = newCountersFile(file))
        {
            final CommandRun run = CommandRun.of("stat", "--counters", counters.file().toString(), "--json");

            assertEquals(0, run.exitCode(), run.err());
            final String line = run.out().strip();
            assertEquals(1, run.out().split("\n").length);
            assertTrue(line.startsWith("{\"timeMs\":"), line);
            assertTrue(line.contains(",\"engine\":\"stat-test\",\"pid\":" + ProcessHandle.current().pid() + ","), line);
            assertTrue(line.endsWith(",\"counters\":[" +
                "{\"id\":0,\"typeId\":7001,\"label\":\"ticksignal: inputs received\",\"value\":100000}," +
                "{\"id\":1,\"typeId\":7004,\"label\":\"ticksignal: rejected: \\\"TRUNCATED\\\"\",\"value\":3}]}"), line);
        }
    }

    @Test
    void shouldWatchWithRatesPerSecond()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile counters = newCountersFile(file))
        {
            final CommandRun run = CommandRun.of(
                "stat", "--counters", counters.file().toString(), "--watch", "0.05", "--samples", "2", "--json");

            assertEquals(0, run.exitCode(), run.err());
            final String[] lines = run.out().split("\n");
            assertEquals(2, lines.length, run.out());
            assertTrue(lines[0].contains("\"value\":100000,\"ratePerSecond\":null}"), lines[0]);
            assertTrue(lines[1].contains("\"value\":100000,\"ratePerSecond\":0.0}"), lines[1]);
        }
    }

    @Test
    void shouldReadTheCountersFileNamedByTheConfiguration() throws IOException
    {
        final Path file = temp.resolve("run/counters.dat");
        final Path config = temp.resolve("engine.yaml");
        Files.writeString(config, String.join("\n",
            "instruments:",
            "  - id: 0",
            "    symbol: BTC-USD",
            "    priceScale: 2",
            "    sizeScale: 8",
            "features:",
            "  - rsi(14)",
            "model:",
            "  rule:",
            "    feature: rsi(14)",
            "    buyAbove: 60",
            "    sellBelow: 40",
            "counters:",
            "  file: " + file,
            ""), StandardCharsets.UTF_8);
        try (CountersFile counters = newCountersFile(file))
        {
            final CommandRun run = CommandRun.of("stat", "--config", config.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("counters " + counters.file()), run.out());
            assertTrue(run.out().contains("   0               100000  ticksignal: inputs received"), run.out());
        }
    }

    @Test
    void shouldExitOneWhenNoEngineRuns()
    {
        final Path file = temp.resolve("absent/counters.dat");

        final CommandRun run = CommandRun.of("stat", "--counters", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("ticksignal stat: no engine is running with counters at " + file.toAbsolutePath() +
            "; start one with ticksignal run --config F or pass --counters FILE\n", run.err());
    }

    @Test
    void shouldExitOneWhenTheEngineHasStopped()
    {
        final Path file = temp.resolve("counters.dat");
        newCountersFile(file).close();

        final CommandRun run = CommandRun.of("stat", "--counters", file.toString(), "--json");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no engine is running with counters at " + file.toAbsolutePath()), run.err());
    }

    @Test
    void shouldRefuseConfigTogetherWithCounters()
    {
        final CommandRun run = CommandRun.of("stat", "--config", "a.yaml", "--counters", "b.dat");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give either --config or --counters, not both"), run.err());
    }

    private static CountersFile newCountersFile(final Path file)
    {
        final CountersFile countersFile = CountersFile.create(file, "stat-test", 8, SystemEpochClock.INSTANCE);
        final AtomicCounter received = countersFile.countersManager().newCounter("ticksignal: inputs received", 7001);
        received.set(100_000);
        final AtomicCounter truncated = countersFile.countersManager()
            .newCounter("ticksignal: rejected: \"TRUNCATED\"", 7004);
        truncated.set(3);
        return countersFile;
    }
}
