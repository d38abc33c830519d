package io.ticksignal.engine.feature.window;

/**
 * Constructor argument checks for windowed features (configuration time only, never on the update path). Each
 * returns its argument so that a constructor can check and assign in one statement.
 */
public final class ArgumentChecks
{
    private ArgumentChecks()
    {
    }

    /**
     * @param name    the argument's name, for the message.
     * @param value   the argument.
     * @param minimum the smallest allowed value.
     * @return value.
     * @throws IllegalArgumentException if value &lt; minimum.
     */
    public static int requireAtLeast(final String name, final int value, final int minimum)
    {
        if (value < minimum)
        {
            throw new IllegalArgumentException(name + " must be >= " + minimum + " but was " + value);
        }
        return value;
    }

    /**
     * @param name    the argument's name, for the message.
     * @param value   the argument.
     * @param minimum the smallest allowed value.
     * @param maximum the largest allowed value.
     * @return value.
     * @throws IllegalArgumentException if value is outside [minimum, maximum].
     */
    public static int requireInRange(final String name, final int value, final int minimum, final int maximum)
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
     * @param value the argument.
     * @return value.
     * @throws IllegalArgumentException if value is not finite and &gt; 0.
     */
    public static double requirePositive(final String name, final double value)
    {
        if (!(value > 0.0) || value == Double.POSITIVE_INFINITY)
        {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + value);
        }
        return value;
    }
}
