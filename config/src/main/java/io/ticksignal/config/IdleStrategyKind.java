package io.ticksignal.config;

/**
 * What a thread does when a duty cycle found no work (maps onto Agrona idle strategies and
 * Disruptor wait strategies in the engine).
 */
public enum IdleStrategyKind implements NamedInConfig
{
    /** Spin on the CPU: lowest latency, holds a whole core at 100% even when idle. */
    BUSY_SPIN("busy-spin"),
    /** {@code Thread.yield()} between polls: low latency, still near 100% of a core when idle. */
    YIELDING("yielding"),
    /** Spin, then yield, then park with exponential back-off: the default; near 0% CPU when idle. */
    BACKOFF("backoff"),
    /** Park for a fixed short period: least CPU, highest wake-up latency. */
    SLEEPING("sleeping");

    private final String configName;

    IdleStrategyKind(final String configName)
    {
        this.configName = configName;
    }

    @Override
    public String configName()
    {
        return configName;
    }
}
