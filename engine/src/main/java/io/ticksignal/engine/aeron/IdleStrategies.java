package io.ticksignal.engine.aeron;

import io.ticksignal.config.IdleStrategyKind;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * Turns a configured {@link IdleStrategyKind} into a new Agrona {@link IdleStrategy}. Every call
 * returns a fresh instance: idle strategies keep per-thread state, so never share one between
 * threads.
 */
public final class IdleStrategies
{
    /** Back-off: spins before yielding. */
    public static final long BACKOFF_MAX_SPINS = 100;
    /** Back-off: yields before parking. */
    public static final long BACKOFF_MAX_YIELDS = 10;
    /** Back-off: the first park, in nanoseconds. */
    public static final long BACKOFF_MIN_PARK_NS = 1_000;
    /** Back-off: the longest park, in nanoseconds; bounds the wake-up latency after a quiet spell. */
    public static final long BACKOFF_MAX_PARK_NS = 1_000_000;
    /** Sleeping: the fixed park, in nanoseconds. */
    public static final long SLEEP_PERIOD_NS = 1_000_000;

    private IdleStrategies()
    {
    }

    /**
     * Allocates a new strategy (call at start-up, not on a hot path).
     *
     * @param kind the configured kind.
     * @return a new idle strategy for one thread: {@code BUSY_SPIN} spins; {@code YIELDING} yields;
     * {@code BACKOFF} spins {@value #BACKOFF_MAX_SPINS} times, yields {@value #BACKOFF_MAX_YIELDS}
     * times, then parks from {@value #BACKOFF_MIN_PARK_NS} ns doubling up to
     * {@value #BACKOFF_MAX_PARK_NS} ns; {@code SLEEPING} parks {@value #SLEEP_PERIOD_NS} ns.
     */
    public static IdleStrategy newIdleStrategy(final IdleStrategyKind kind)
    {
        switch (kind)
        {
            case BUSY_SPIN:
                return new BusySpinIdleStrategy();
            case YIELDING:
                return new YieldingIdleStrategy();
            case SLEEPING:
                return new SleepingIdleStrategy(SLEEP_PERIOD_NS);
            case BACKOFF:
            default:
                return newBackoff();
        }
    }

    /**
     * @return a new back-off strategy with this project's parameters (see the constants).
     */
    public static IdleStrategy newBackoff()
    {
        return new BackoffIdleStrategy(BACKOFF_MAX_SPINS, BACKOFF_MAX_YIELDS, BACKOFF_MIN_PARK_NS, BACKOFF_MAX_PARK_NS);
    }
}
