package io.ticksignal.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicksignalCommandTest
{
    @Test
    void shouldListEverySubcommandInHelp()
    {
        final CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: ticksignal"), run.out());
        for (final String subcommand : new String[]{ "config", "data" })
        {
            assertTrue(run.out().contains("\n  " + subcommand + " "), subcommand + " missing from:\n" + run.out());
        }
    }

    @Test
    void shouldPrintUsageWhenRunBare()
    {
        final CommandRun run = CommandRun.of();

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: ticksignal"), run.out());
    }

    @Test
    void shouldReportVersionAndJavaRuntime()
    {
        final CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("ticksignal "), run.out());
        assertTrue(run.out().contains("Java " + Runtime.version()), run.out());
    }

    @Test
    void shouldExitWithTwoOnUnknownOption()
    {
        final CommandRun run = CommandRun.of("--no-such-option");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void shouldExitWithTwoOnUnknownSubcommand()
    {
        final CommandRun run = CommandRun.of("frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'frobnicate'"), run.err());
    }
}
