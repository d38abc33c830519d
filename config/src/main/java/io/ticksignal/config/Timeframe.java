package io.ticksignal.config;

/**
 * The bar timeframe a feature is computed on, written after {@code @} in a feature expression.
 * Bars are built from events by event time.
 */
public enum Timeframe implements NamedInConfig
{
    /** Every event, no bars (the default when a feature has no {@code @}). */
    TICK("tick", 0L),
    /** One-second bars. */
    ONE_SECOND("1s", 1_000_000_000L),
    /** One-minute bars. */
    ONE_MINUTE("1m", 60_000_000_000L),
    /** Five-minute bars. */
    FIVE_MINUTES("5m", 300_000_000_000L),
    /** Fifteen-minute bars. */
    FIFTEEN_MINUTES("15m", 900_000_000_000L),
    /** One-hour bars. */
    ONE_HOUR("1h", 3_600_000_000_000L),
    /** One-day bars (UTC days). */
    ONE_DAY("1d", 86_400_000_000_000L);

    private final String configName;
    private final long lengthNs;

    Timeframe(final String configName, final long lengthNs)
    {
        this.configName = configName;
        this.lengthNs = lengthNs;
    }

    /**
     * @return the bar length in nanoseconds; 0 for {@link #TICK}.
     */
    public long lengthNs()
    {
        return lengthNs;
    }

    @Override
    public String configName()
    {
        return configName;
    }

    /**
     * @param text a timeframe as written after {@code @}, e.g. {@code 5m}.
     * @return the timeframe, or null when the text names none.
     */
    public static Timeframe fromConfigName(final String text)
    {
        for (final Timeframe timeframe : values())
        {
            if (timeframe.configName.equals(text))
            {
                return timeframe;
            }
        }
        return null;
    }
}
