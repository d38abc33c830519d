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

    @Test
    void shouldExplainABadHeapSizeForTheGcRun(@TempDir final Path dir)
    {
        final CommandRun run = CommandRun.of("bench", "gc", "--heap", "lots", "--out", dir.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("--heap must be a size such as 64m, 256m or 1g: 'lots'"), run.err());
    }

    @Test
    void shouldExplainABadTagForAJmhRun(@TempDir final Path dir)
    {
        final CommandRun run = CommandRun.of("bench", "jmh", "--tag", "a/b", "--out", dir.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("--tag must be 1-40 letters, digits, '.', '_' or '-': 'a/b'"), run.err());
    }
}
