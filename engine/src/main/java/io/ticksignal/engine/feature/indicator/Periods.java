package io.ticksignal.engine.feature.indicator;

/**
 * Argument checks for indicator constructors (run once, never on the update path).
 */
final class Periods
{
    private Periods()
    {
    }

    /**
     * @param name    the argument's name, for the message.
     * @param value   the argument.
     * @param minimum the smallest allowed value.
     * @return value.
     * @throws IllegalArgumentException if value &lt; minimum.
     */
    static int requireAtLeast(final String name, final int value, final int minimum)
    {
        if (value < minimum)
        {
            throw new IllegalArgumentException(name + " must be >= " + minimum + " but was " + value);
        }
        return value;
    }

    /**
     * @param name  the argument's name, for the message.
     * @param value the argument.
     * @return value.
     * @throws IllegalArgumentException if value is not finite and positive.
     */
    static double requirePositive(final String name, final double value)
    {
        if (!(value > 0.0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + value);
        }
        return value;
    }
}
