package io.ticksignal.bench.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.ticksignal.config.JournalMode;

/**
 * What one run of the end-to-end harness does.
 *
 * @param ratesPerSecond offered rates, messages per second, run in this order.
 * @param measureSeconds measured seconds per rate (and for the ping-pong floor).
 * @param warmUpSeconds  seconds sent and discarded before each measurement (0 for none).
 * @param journalMode    whether the engine journals (the default is enabled, as in production).
 * @param outDirectory   where the result files go.
 * @param command        the command line, as written into the result files.
 */
public record E2eSettings(
    List<Long> ratesPerSecond,
    double measureSeconds,
    double warmUpSeconds,
    JournalMode journalMode,
    Path outDirectory,
    String command)
{
    /**
     * Validates the values.
     */
    public E2eSettings
    {
        ratesPerSecond = List.copyOf(ratesPerSecond);
        if (ratesPerSecond.isEmpty())
        {
            throw new IllegalArgumentException("at least one rate is needed");
        }
        for (final long rate : ratesPerSecond)
        {
            if (rate < 1 || rate > 10_000_000L)
            {
                throw new IllegalArgumentException("a rate must be 1..10000000 msg/s: " + rate);
            }
        }
        if (!(measureSeconds > 0) || measureSeconds > 600)
        {
            throw new IllegalArgumentException("seconds per rate must be above 0 and at most 600: " + measureSeconds);
        }
        if (!(warmUpSeconds >= 0) || warmUpSeconds > 600)
        {
            throw new IllegalArgumentException("warm-up seconds must be 0..600: " + warmUpSeconds);
        }
        Objects.requireNonNull(journalMode, "journalMode");
        Objects.requireNonNull(outDirectory, "outDirectory");
        Objects.requireNonNull(command, "command");
    }
}
