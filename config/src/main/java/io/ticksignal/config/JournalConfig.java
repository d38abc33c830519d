package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Chronicle Queue journal of every input and output.
 *
 * @param mode      enabled or disabled.
 * @param directory the queue directory (relative paths are relative to the working directory).
 * @param rollCycle how often a new journal file starts.
 */
public record JournalConfig(JournalMode mode, Path directory, RollCycleKind rollCycle)
{
    /**
     * Checks that no component is null.
     */
    public JournalConfig
    {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(rollCycle, "rollCycle");
    }
}
