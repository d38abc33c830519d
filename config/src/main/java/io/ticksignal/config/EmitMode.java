package io.ticksignal.config;

/**
 * When the decision stage publishes a signal.
 */
public enum EmitMode implements NamedInConfig
{
    /** Publish only when the direction changes (the default). */
    ON_CHANGE,
    /** Publish every decision, including repeated HOLDs. */
    EVERY_DECISION;

    @Override
    public String configName()
    {
        return name();
    }
}
