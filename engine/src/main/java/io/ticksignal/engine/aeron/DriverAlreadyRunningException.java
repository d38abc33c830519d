package io.ticksignal.engine.aeron;

import java.nio.file.Path;

/**
 * An embedded driver was asked to start in a directory where a live driver already heartbeats
 * (typically another engine with the same {@code engine.name}). The message says how to fix it.
 */
public final class DriverAlreadyRunningException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param directory the directory in use.
     */
    public DriverAlreadyRunningException(final Path directory)
    {
        super("a media driver is already running at " + directory + ": stop it, give this engine another " +
            "engine.name or aeron.driverDirectory, or set aeron.driverMode: external to use it");
    }
}
