package io.ticksignal.config;

/**
 * Where the Aeron media driver runs.
 */
public enum AeronDriverMode implements NamedInConfig
{
    /** The engine starts its own driver in-process (the default; loopback/IPC only). */
    EMBEDDED("embedded"),
    /** The engine connects to a driver already running in another process. */
    EXTERNAL("external");

    private final String configName;

    AeronDriverMode(final String configName)
    {
        this.configName = configName;
    }

    @Override
    public String configName()
    {
        return configName;
    }
}
