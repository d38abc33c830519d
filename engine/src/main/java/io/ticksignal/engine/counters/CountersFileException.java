package io.ticksignal.engine.counters;

import java.nio.file.Path;

/**
 * A counters file could not be used: absent, not a live engine's, not a counters file, or
 * already owned by a running engine. The message says what to do; {@link #problem()} says which.
 */
public final class CountersFileException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * What was wrong.
     */
    public enum Problem
    {
        /** No file at the path. */
        ABSENT,
        /** The file is there but its engine stopped, died, or stopped heart-beating. */
        NOT_RUNNING,
        /** The file is not a counters file of this version (or is still being created). */
        INVALID,
        /** A live engine already writes this file. */
        IN_USE
    }

    private final Problem problem;
    private final transient Path file;

    /**
     * @param problem what was wrong.
     * @param file    the file.
     * @param message what happened and what to do.
     */
    public CountersFileException(final Problem problem, final Path file, final String message)
    {
        super(message);
        this.problem = problem;
        this.file = file;
    }

    /**
     * @return what was wrong.
     */
    public Problem problem()
    {
        return problem;
    }

    /**
     * @return the file.
     */
    public Path file()
    {
        return file;
    }
}
