package io.ticksignal.engine.feature.offline;

/**
 * An offline run cannot be set up as asked (e.g. a timeframe finer than the input bars, or a bar
 * file whose interval is not a timeframe); the message says what to change. Configuration time only.
 */
public final class FeatureRunException extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and what to do.
     */
    public FeatureRunException(final String message)
    {
        super(message);
    }
}
