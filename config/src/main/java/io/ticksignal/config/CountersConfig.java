package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the engine keeps the counters file that {@code ticksignal stat} and other processes read.
 *
 * @param file the counters file (memory-mapped by the engine).
 */
public record CountersConfig(Path file)
{
    /**
     * Checks that the file is not null.
     */
    public CountersConfig
    {
        Objects.requireNonNull(file, "file");
    }
}
