package io.ticksignal.config;

/**
 * Whether the engine monitors drift ({@code monitoring.enabled}).
 */
public enum MonitoringMode implements NamedInConfig
{
    /** Monitor what the model bundle allows: PSI for features with histograms, accuracy with a label. */
    ENABLED("true"),
    /** Monitor nothing. */
    DISABLED("false");

    private final String configName;

    MonitoringMode(final String configName)
    {
        this.configName = configName;
    }

    @Override
    public String configName()
    {
        return configName;
    }
}
