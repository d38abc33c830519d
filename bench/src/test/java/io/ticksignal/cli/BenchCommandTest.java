package io.ticksignal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest
{
    @Test
    void shouldExplainAnIncludePatternThatMatchesNoBenchmark(@TempDir final Path dir)
    {
        final CommandRun run = CommandRun.of("bench", "jmh", "--include", "NoSuchBenchmarkAnywhere", "--out", dir.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("ticksignal jmh: JMH failed: "), run.err());
        assertTrue(run.err().contains("check --include"), run.err());
    }

    @Test
    void shouldRejectAnUnknownModeAsUsageError()
    {
        final CommandRun run = CommandRun.of("bench", "jmh", "--mode", "forever");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("forever"), run.err());
    }
}
