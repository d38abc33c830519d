package io.ticksignal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigCommandTest
{
    @Test
    void shouldSayOkForTheDemoConfig(@TempDir final Path dir) throws IOException
    {
        final Path demo = Files.writeString(dir.resolve("demo.yaml"), CommandRun.of("config", "demo").out());

        final CommandRun run = CommandRun.of("config", "check", demo.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(demo + ": ok\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void shouldPrintTheDocumentedDemoConfig()
    {
        final CommandRun run = CommandRun.of("config", "demo");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("# Ticksignal demo configuration."), run.out());
        assertTrue(run.out().contains("symbol: BTC-USD"), run.out());
    }

    @Test
    void shouldReportEveryErrorWithLineAndKeyPathAndExitOne(@TempDir final Path dir) throws IOException
    {
        final Path bad = Files.writeString(dir.resolve("bad.yaml"), String.join("\n",
            "engine:",
            "  ringSize: 1000",
            "  ingresIdleStrategy: backoff",
            "instruments:",
            "  - id: 0",
            "    symbol: BTC-USD",
            "    sizeScale: 8",
            "model:",
            "  rule: { feature: rsi(14), buyAbove: 60, sellBelow: 40 }",
            "features:",
            "  - rsi(14)",
            ""));

        final CommandRun run = CommandRun.of("config", "check", bad.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bad.yaml:2:13: engine.ringSize: 1000 is not allowed: must be a power of two"),
            run.err());
        assertTrue(run.err().contains("bad.yaml:3:3: engine.ingresIdleStrategy: unknown key 'ingresIdleStrategy'; " +
            "did you mean 'ingressIdleStrategy'?"), run.err());
        assertTrue(run.err().contains("instruments[0].priceScale: missing required key 'priceScale'"), run.err());
    }

    @Test
    void shouldReportAMissingFileWithExitOne(@TempDir final Path dir)
    {
        final Path missing = dir.resolve("nope.yaml");

        final CommandRun run = CommandRun.of("config", "check", missing.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.yaml"), run.err());
    }

    @Test
    void shouldRequireAFileAsUsageError()
    {
        final CommandRun run = CommandRun.of("config", "check");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
    }
}
