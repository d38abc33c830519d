package io.ticksignal.engine.aeron;

import java.nio.file.Path;
import java.util.Objects;

import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.IdleStrategyKind;

/**
 * How to launch an embedded media driver. Immutable.
 *
 * @param directory       the driver's directory (its {@code cnc.dat} and log buffers); clients
 *                        connect by this path. Deleted on start when no live driver uses it, and
 *                        on shutdown.
 * @param threading       how many driver threads.
 * @param idleStrategy    what the driver threads do when idle; {@link IdleStrategyKind#BACKOFF}
 *                        keeps an idle driver near 0% CPU.
 * @param ipcTermLength   term length of IPC publications in bytes, a power of two between 64 KiB
 *                        and 1 GiB; a publication maps three terms (sparse file).
 */
public record EmbeddedDriverContext(
    Path directory, DriverThreading threading, IdleStrategyKind idleStrategy, int ipcTermLength)
{
    /** Default IPC term length: 8 MiB, room for about 100,000 ticks in flight per term. */
    public static final int DEFAULT_IPC_TERM_LENGTH = 8 * 1024 * 1024;

    private static final int MIN_TERM_LENGTH = 64 * 1024;
    private static final int MAX_TERM_LENGTH = 1024 * 1024 * 1024;

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the term length is not a power of two in range.
     */
    public EmbeddedDriverContext
    {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(threading, "threading");
        Objects.requireNonNull(idleStrategy, "idleStrategy");
        if (ipcTermLength < MIN_TERM_LENGTH || ipcTermLength > MAX_TERM_LENGTH || Integer.bitCount(ipcTermLength) != 1)
        {
            throw new IllegalArgumentException(
                "ipcTermLength must be a power of two between 65536 and 1073741824: " + ipcTermLength);
        }
    }

    /**
     * @param directory the driver's directory.
     * @return shared threading, back-off idling, the default IPC term length.
     */
    public static EmbeddedDriverContext defaults(final Path directory)
    {
        return new EmbeddedDriverContext(directory, DriverThreading.SHARED, IdleStrategyKind.BACKOFF, DEFAULT_IPC_TERM_LENGTH);
    }

    /**
     * @param aeron the configuration's Aeron section.
     * @return {@link #defaults(Path)} at {@code aeron.driverDirectory}.
     */
    public static EmbeddedDriverContext of(final AeronConfig aeron)
    {
        return defaults(aeron.driverDirectory());
    }

    /**
     * @param threading the driver threading.
     * @return a copy with that threading.
     */
    public EmbeddedDriverContext withThreading(final DriverThreading threading)
    {
        return new EmbeddedDriverContext(directory, threading, idleStrategy, ipcTermLength);
    }

    /**
     * @param idleStrategy the driver threads' idle strategy.
     * @return a copy with that idle strategy.
     */
    public EmbeddedDriverContext withIdleStrategy(final IdleStrategyKind idleStrategy)
    {
        return new EmbeddedDriverContext(directory, threading, idleStrategy, ipcTermLength);
    }

    /**
     * @param ipcTermLength the IPC term length in bytes.
     * @return a copy with that term length.
     */
    public EmbeddedDriverContext withIpcTermLength(final int ipcTermLength)
    {
        return new EmbeddedDriverContext(directory, threading, idleStrategy, ipcTermLength);
    }
}
