package io.ticksignal.engine.aeron;

import java.io.File;
import java.nio.file.Path;

import io.aeron.Aeron;
import io.aeron.CommonContext;
import org.agrona.ErrorHandler;

/**
 * Connects an Aeron client to a media driver that already runs (embedded in this process or
 * external), after checking that the driver heartbeats, so that a missing driver is a clear
 * message at once rather than a timeout ten seconds later.
 */
public final class AeronConnector
{
    /** How recent the driver heartbeat must be, in milliseconds. */
    public static final long DRIVER_ACTIVE_TIMEOUT_MS = 2_000;

    /** The remedy an engine in external driver mode gives. */
    public static final String EXTERNAL_DRIVER_REMEDY = "start one or set aeron.driverMode: embedded";

    /** The remedy a feed, tail or strategy process gives: the engine's driver is the one to join. */
    public static final String CLIENT_REMEDY =
        "start the engine first (ticksignal run --config F), or point at a running driver's directory";

    private AeronConnector()
    {
    }

    /**
     * Connects a client. Allocation and threads: a client conductor thread (Aeron's sleeping idle
     * strategy); call at start-up.
     *
     * @param directory    the driver's directory.
     * @param remedy       what the error message tells the user to do when no driver runs there.
     * @param errorHandler where client errors go, or {@code null} for Aeron's default (standard error).
     * @return a connected client; close it when done.
     * @throws NoMediaDriverException if no live driver heartbeats in the directory.
     */
    public static Aeron connect(final Path directory, final String remedy, final ErrorHandler errorHandler)
    {
        final Path absolute = directory.toAbsolutePath();
        final File directoryFile = absolute.toFile();
        if (!isDriverActive(absolute))
        {
            throw new NoMediaDriverException(absolute, remedy);
        }

        final Aeron.Context context = new Aeron.Context().aeronDirectoryName(directoryFile.getPath());
        if (null != errorHandler)
        {
            context.errorHandler(errorHandler);
        }
        return Aeron.connect(context);
    }

    /**
     * @param directory a driver directory.
     * @return whether a driver heartbeats there within {@link #DRIVER_ACTIVE_TIMEOUT_MS}.
     */
    public static boolean isDriverActive(final Path directory)
    {
        return CommonContext.isDriverActive(
            directory.toAbsolutePath().toFile(), DRIVER_ACTIVE_TIMEOUT_MS, AeronConnector::ignoreProbeDetail);
    }

    private static void ignoreProbeDetail(final String detail)
    {
        // The probe explains a negative answer; the exception message says it better for users.
    }
}
