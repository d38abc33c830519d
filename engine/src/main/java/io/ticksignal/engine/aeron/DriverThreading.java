package io.ticksignal.engine.aeron;

import io.aeron.driver.ThreadingMode;

/**
 * How many threads an embedded media driver runs. Only the modes that suit a small, shared host
 * are offered; the dedicated modes (one thread each for conductor, sender and receiver) would
 * claim three cores.
 */
public enum DriverThreading
{
    /** One thread runs the conductor, sender and receiver: the default, fewest threads. */
    SHARED(ThreadingMode.SHARED),
    /** One thread for the conductor and one shared by sender and receiver: for UDP-heavy hosts. */
    SHARED_NETWORK(ThreadingMode.SHARED_NETWORK);

    private final ThreadingMode aeronMode;

    DriverThreading(final ThreadingMode aeronMode)
    {
        this.aeronMode = aeronMode;
    }

    /**
     * @return Aeron's threading mode for this choice.
     */
    public ThreadingMode aeronMode()
    {
        return aeronMode;
    }
}
