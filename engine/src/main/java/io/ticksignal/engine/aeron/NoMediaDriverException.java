package io.ticksignal.engine.aeron;

import java.nio.file.Path;

/**
 * A client was to connect to a media driver but none heartbeats in the directory. The message
 * names the directory and what to do.
 */
public final class NoMediaDriverException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /**
     * @param directory the directory that has no live driver.
     * @param remedy    what the user should do, e.g. {@code start one or set aeron.driverMode: embedded}.
     */
    public NoMediaDriverException(final Path directory, final String remedy)
    {
        super("no media driver at " + directory + ": " + remedy);
        this.directory = directory;
    }

    /**
     * @return the directory that has no live driver.
     */
    public Path directory()
    {
        return directory;
    }
}
