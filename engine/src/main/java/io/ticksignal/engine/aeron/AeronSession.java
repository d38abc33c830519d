package io.ticksignal.engine.aeron;

import java.nio.file.Path;

import io.aeron.Aeron;
import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.AeronDriverMode;
import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;

/**
 * An Aeron client together with the embedded driver it runs on, when it owns one: what an engine
 * or a tool holds for its lifetime. Closing closes the client, then the driver.
 * <pre>{@code
 * try (AeronSession session = AeronSession.forEngine(config.aeron(), null))
 * {
 *     Subscription ticks = session.aeron().addSubscription(channel, streamId);
 *     ...
 * }
 * }</pre>
 * Thread-safety: open and close from one thread; {@link #aeron()} is thread-safe, as Aeron is.
 */
public final class AeronSession implements AutoCloseable
{
    private final EmbeddedDriver driver;
    private final Aeron aeron;
    private final Path directory;

    private AeronSession(final EmbeddedDriver driver, final Aeron aeron, final Path directory)
    {
        this.driver = driver;
        this.aeron = aeron;
        this.directory = directory;
    }

    /**
     * The engine's session: by {@code aeron.driverMode}, launch an embedded driver at
     * {@code aeron.driverDirectory} (shared threading, back-off idling) and connect to it, or
     * connect to the external driver there.
     *
     * @param aeron        the configuration's Aeron section.
     * @param errorHandler where driver and client errors go, or {@code null} for Aeron's default.
     * @return the open session.
     * @throws NoMediaDriverException        external mode and no driver runs there.
     * @throws DriverAlreadyRunningException embedded mode and another driver uses the directory.
     */
    public static AeronSession forEngine(final AeronConfig aeron, final ErrorHandler errorHandler)
    {
        if (AeronDriverMode.EXTERNAL == aeron.driverMode())
        {
            final Aeron client = AeronConnector.connect(
                aeron.driverDirectory(), AeronConnector.EXTERNAL_DRIVER_REMEDY, errorHandler);
            return new AeronSession(null, client, aeron.driverDirectory().toAbsolutePath());
        }
        return launchEmbedded(EmbeddedDriverContext.of(aeron), errorHandler);
    }

    /**
     * Launches an embedded driver and connects a client to it.
     *
     * @param context      how to launch the driver.
     * @param errorHandler where driver and client errors go, or {@code null} for Aeron's default.
     * @return the open session, owning the driver.
     * @throws DriverAlreadyRunningException if another driver uses the directory.
     */
    public static AeronSession launchEmbedded(final EmbeddedDriverContext context, final ErrorHandler errorHandler)
    {
        final EmbeddedDriver driver = EmbeddedDriver.launch(context, errorHandler);
        try
        {
            final Aeron client = AeronConnector.connect(
                driver.directory(), AeronConnector.EXTERNAL_DRIVER_REMEDY, errorHandler);
            return new AeronSession(driver, client, driver.directory());
        }
        catch (final RuntimeException ex)
        {
            CloseHelper.quietClose(driver);
            throw ex;
        }
    }

    /**
     * A tool's or strategy's session: connect to the driver that already runs in
     * {@code directory} (an engine's embedded driver or an external one); never launches one.
     *
     * @param directory    the driver's directory.
     * @param errorHandler where client errors go, or {@code null} for Aeron's default.
     * @return the open session.
     * @throws NoMediaDriverException if no driver runs there; the message tells the user to start the engine.
     */
    public static AeronSession forClient(final Path directory, final ErrorHandler errorHandler)
    {
        final Aeron client = AeronConnector.connect(directory, AeronConnector.CLIENT_REMEDY, errorHandler);
        return new AeronSession(null, client, directory.toAbsolutePath());
    }

    /**
     * @return the connected client.
     */
    public Aeron aeron()
    {
        return aeron;
    }

    /**
     * @return the driver's directory, absolute.
     */
    public Path directory()
    {
        return directory;
    }

    /**
     * @return whether this session launched, and will stop, its driver.
     */
    public AeronDriverMode driverMode()
    {
        return null == driver ? AeronDriverMode.EXTERNAL : AeronDriverMode.EMBEDDED;
    }

    /**
     * Closes the client, then the embedded driver if this session owns one.
     */
    @Override
    public void close()
    {
        CloseHelper.closeAll(aeron, driver);
    }
}
