package io.ticksignal.config;

/**
 * How often the journal starts a new file. Each constant has the name of a Chronicle Queue
 * {@code RollCycles} constant, so the engine maps it with
 * {@code RollCycles.valueOf(kind.name())}; this module does not depend on Chronicle.
 */
public enum RollCycleKind implements NamedInConfig
{
    /** A file per 5 minutes. */
    FIVE_MINUTELY(5L * 60),
    /** A file per 10 minutes. */
    TEN_MINUTELY(10L * 60),
    /** A file per 20 minutes. */
    TWENTY_MINUTELY(20L * 60),
    /** A file per 30 minutes. */
    HALF_HOURLY(30L * 60),
    /** A file per hour (Chronicle's current hourly format). */
    FAST_HOURLY(60L * 60),
    /** A file per 2 hours. */
    TWO_HOURLY(2L * 60 * 60),
    /** A file per 4 hours. */
    FOUR_HOURLY(4L * 60 * 60),
    /** A file per 6 hours. */
    SIX_HOURLY(6L * 60 * 60),
    /** A file per day (Chronicle's current daily format; the default). */
    FAST_DAILY(24L * 60 * 60),
    /** A file per hour, Chronicle's older hourly format. */
    HOURLY(60L * 60),
    /** A file per day, Chronicle's older daily format. */
    DAILY(24L * 60 * 60);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long lengthNs;

    RollCycleKind(final long lengthSeconds)
    {
        this.lengthNs = lengthSeconds * NANOS_PER_SECOND;
    }

    /**
     * @return the length of one cycle in nanoseconds.
     */
    public long lengthNs()
    {
        return lengthNs;
    }

    @Override
    public String configName()
    {
        return name();
    }
}
