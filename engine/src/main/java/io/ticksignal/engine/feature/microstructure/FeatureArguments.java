package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * The window bound of the market features (configuration time only, never per event); the general checks are
 * {@link ArgumentChecks}.
 */
final class FeatureArguments
{
    /** The longest window any feature accepts, in events (keeps a ring under 128 MiB). */
    static final int MAX_WINDOW = 1 << 24;

    private FeatureArguments()
    {
    }

    /**
     * @param name  the argument's name, for the message.
     * @param value a window length in events.
     * @return value.
     * @throws IllegalArgumentException if value is outside [1, {@link #MAX_WINDOW}].
     */
    static int requireWindow(final String name, final int value)
    {
        return ArgumentChecks.requireInRange(name, value, 1, MAX_WINDOW);
    }
}
