package io.ticksignal.config;

/**
 * Whether the engine journals events to Chronicle Queue.
 */
public enum JournalMode implements NamedInConfig
{
    /** Every input and output is journaled (the default; needed for replay and recovery). */
    ENABLED("enabled"),
    /** Nothing is journaled: no replay, no recovery after a restart. */
    DISABLED("disabled");

    private final String configName;

    JournalMode(final String configName)
    {
        this.configName = configName;
    }

    @Override
    public String configName()
    {
        return configName;
    }
}
