package io.ticksignal.engine.feature.microstructure;

/**
 * Constructor argument checks and output naming for the features (configuration time only, never per event).
 */
final class FeatureArguments
{
    /** The name of a single-output feature's output. */
    static final String VALUE = "value";

    /** The longest window any feature accepts, in events (keeps a ring under 128 MiB). */
    static final int MAX_WINDOW = 1 << 24;

    private FeatureArguments()
    {
    }

    /**
     * @param name    the argument's name, for the message.
     * @param value   the argument.
     * @param minimum the smallest allowed value.
     * @param maximum the largest allowed value.
     * @return value.
     * @throws IllegalArgumentException if value is outside [minimum, maximum].
     */
    static int requireInRange(final String name, final int value, final int minimum, final int maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new IllegalArgumentException(
                name + " must be in [" + minimum + ", " + maximum + "] but was " + value);
        }
        return value;
    }

    /**
     * @param name  the argument's name, for the message.
     * @param value a window length in events.
     * @return value.
     * @throws IllegalArgumentException if value is outside [1, {@link #MAX_WINDOW}].
     */
    static int requireWindow(final String name, final int value)
    {
        return requireInRange(name, value, 1, MAX_WINDOW);
    }

    /**
     * @param name  the argument's name, for the message.
     * @param value the argument.
     * @return value.
     * @throws IllegalArgumentException if value is not finite and &gt; 0.
     */
    static double requirePositive(final String name, final double value)
    {
        if (!EventChecks.isValidPrice(value))
        {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + value);
        }
        return value;
    }

    /**
     * @param output the index asked for.
     * @return {@link #VALUE}.
     * @throws IndexOutOfBoundsException if output is not 0.
     */
    static String singleOutputName(final int output)
    {
        if (output != 0)
        {
            throw new IndexOutOfBoundsException("output " + output + " not in [0, 1)");
        }
        return VALUE;
    }
}
