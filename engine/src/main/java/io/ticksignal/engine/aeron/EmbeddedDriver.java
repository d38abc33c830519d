package io.ticksignal.engine.aeron;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

import io.aeron.CommonContext;
import io.aeron.driver.MediaDriver;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.IdleStrategy;

/**
 * A media driver running inside this process, started from an {@link EmbeddedDriverContext}.
 * Clients (in this process or another) connect to it by its {@link #directory()}.
 * <p>
 * Launching refuses a directory in which another live driver heartbeats, so an engine never
 * deletes the files of a driver it does not own; a stale directory left by a crash is deleted
 * and recreated. Closing stops the driver threads and deletes the directory.
 * <p>
 * Thread-safety: launch and close from one thread. Allocation: at launch only.
 */
public final class EmbeddedDriver implements AutoCloseable
{
    /** How recent a driver heartbeat must be, in milliseconds, for a directory to count as in use. */
    public static final long ACTIVE_DRIVER_TIMEOUT_MS = 2_000;

    private final MediaDriver mediaDriver;
    private final Path directory;

    private EmbeddedDriver(final MediaDriver mediaDriver, final Path directory)
    {
        this.mediaDriver = mediaDriver;
        this.directory = directory;
    }

    /**
     * Launches a driver, reporting its errors through Aeron's default handler (standard error and
     * the driver's error log).
     *
     * @param context how to launch it.
     * @return the running driver; close it to stop it.
     * @throws DriverAlreadyRunningException if a live driver already uses the directory.
     */
    public static EmbeddedDriver launch(final EmbeddedDriverContext context)
    {
        return launch(context, null);
    }

    /**
     * Launches a driver.
     *
     * @param context      how to launch it.
     * @param errorHandler where driver errors go, or {@code null} for Aeron's default.
     * @return the running driver; close it to stop it.
     * @throws DriverAlreadyRunningException if a live driver already uses the directory.
     */
    public static EmbeddedDriver launch(final EmbeddedDriverContext context, final ErrorHandler errorHandler)
    {
        Objects.requireNonNull(context, "context");
        final Path directory = context.directory().toAbsolutePath();
        final File directoryFile = directory.toFile();
        if (CommonContext.isDriverActive(directoryFile, ACTIVE_DRIVER_TIMEOUT_MS, EmbeddedDriver::ignoreProbeDetail))
        {
            throw new DriverAlreadyRunningException(directory);
        }

        final MediaDriver.Context driverContext = new MediaDriver.Context()
            .aeronDirectoryName(directoryFile.getPath())
            .threadingMode(context.threading().aeronMode())
            .dirDeleteOnStart(true)
            .dirDeleteOnShutdown(true)
            .warnIfDirectoryExists(false)
            .printConfigurationOnStart(false)
            .termBufferSparseFile(true)
            .ipcTermBufferLength(context.ipcTermLength());
        applyIdleStrategies(driverContext, context);
        if (null != errorHandler)
        {
            driverContext.errorHandler(errorHandler);
        }

        return new EmbeddedDriver(MediaDriver.launch(driverContext), directory);
    }

    /**
     * @return the driver's directory, absolute; pass it to clients.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * Stops the driver threads and deletes the directory. Clients still connected see the driver
     * go away (their own liveness checks close them).
     */
    @Override
    public void close()
    {
        mediaDriver.close();
    }

    private static void applyIdleStrategies(final MediaDriver.Context driverContext, final EmbeddedDriverContext context)
    {
        final IdleStrategy idle = IdleStrategies.newIdleStrategy(context.idleStrategy());
        switch (context.threading())
        {
            case SHARED_NETWORK:
                driverContext.conductorIdleStrategy(idle);
                driverContext.sharedNetworkIdleStrategy(IdleStrategies.newIdleStrategy(context.idleStrategy()));
                break;
            case SHARED:
            default:
                driverContext.sharedIdleStrategy(idle);
                break;
        }
    }

    private static void ignoreProbeDetail(final String detail)
    {
        // The probe reports why a directory is not active; only the yes/no answer matters here.
    }
}
