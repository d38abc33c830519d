package io.ticksignal.engine.feature.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One argument of a feature: its name, type, default and allowed range. Immutable.
 */
public final class ArgumentSpec
{
    /** The largest window any bar indicator accepts (as TA-Lib). */
    public static final int MAX_PERIOD = 100_000;

    private final String name;
    private final ArgumentType type;
    private final double defaultValue;
    private final double minimum;
    private final LowerBound lowerBound;
    private final double maximum;

    private ArgumentSpec(
        final String name,
        final ArgumentType type,
        final double defaultValue,
        final double minimum,
        final LowerBound lowerBound,
        final double maximum)
    {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.lowerBound = lowerBound;
        this.maximum = maximum;
        if (!accepts(defaultValue))
        {
            throw new IllegalArgumentException("default " + format(defaultValue) + " of " + name + " is not " +
                rangeText());
        }
    }

    /**
     * @param name         argument name, e.g. {@code n}.
     * @param defaultValue the default.
     * @param minimum      smallest allowed value; the largest is {@link #MAX_PERIOD}.
     * @return an integer window-length argument.
     */
    public static ArgumentSpec period(final String name, final int defaultValue, final int minimum)
    {
        return integer(name, defaultValue, minimum, MAX_PERIOD);
    }

    /**
     * @param name         argument name.
     * @param defaultValue the default.
     * @param minimum      smallest allowed value.
     * @param maximum      largest allowed value.
     * @return an integer argument in {@code [minimum, maximum]}.
     */
    public static ArgumentSpec integer(final String name, final int defaultValue, final int minimum, final int maximum)
    {
        return new ArgumentSpec(name, ArgumentType.INT, defaultValue, minimum, LowerBound.INCLUSIVE, maximum);
    }

    /**
     * @param name         argument name.
     * @param defaultValue the default.
     * @param maximum      largest allowed value.
     * @return a number argument in {@code (0, maximum]}.
     */
    public static ArgumentSpec positive(final String name, final double defaultValue, final double maximum)
    {
        return new ArgumentSpec(name, ArgumentType.DOUBLE, defaultValue, 0.0, LowerBound.EXCLUSIVE, maximum);
    }

    /**
     * @param name         argument name.
     * @param defaultValue the default.
     * @param minimum      smallest allowed value.
     * @param maximum      largest allowed value.
     * @return a number argument in {@code [minimum, maximum]}.
     */
    public static ArgumentSpec number(
        final String name, final double defaultValue, final double minimum, final double maximum)
    {
        return new ArgumentSpec(name, ArgumentType.DOUBLE, defaultValue, minimum, LowerBound.INCLUSIVE, maximum);
    }

    /**
     * @param value a candidate value (of the right type).
     * @return true if it lies in the allowed range.
     */
    public boolean accepts(final double value)
    {
        final boolean aboveMinimum = lowerBound == LowerBound.INCLUSIVE ? value >= minimum : value > minimum;
        return aboveMinimum && value <= maximum;
    }

    /**
     * @return e.g. {@code integer in [2, 100000]} or {@code number in (0, 100]}.
     */
    public String rangeText()
    {
        return type.description() + " in " + (lowerBound == LowerBound.INCLUSIVE ? "[" : "(") +
            format(minimum) + ", " + format(maximum) + "]";
    }

    /**
     * @return e.g. {@code n=30}.
     */
    public String withDefault()
    {
        return name + "=" + format(defaultValue);
    }

    /**
     * @param value a value of this argument.
     * @return the value as written canonically: no trailing zeros, no exponent, e.g. {@code 2}, {@code 0.02}.
     */
    public static String format(final double value)
    {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * @return the argument's name.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the argument's type.
     */
    public ArgumentType type()
    {
        return type;
    }

    /**
     * @return the default value.
     */
    public double defaultValue()
    {
        return defaultValue;
    }

    /**
     * @return the smallest allowed value (excluded itself when {@link #lowerBound()} is exclusive).
     */
    public double minimum()
    {
        return minimum;
    }

    /**
     * @return whether {@link #minimum()} is allowed.
     */
    public LowerBound lowerBound()
    {
        return lowerBound;
    }

    /**
     * @return the largest allowed value.
     */
    public double maximum()
    {
        return maximum;
    }

    @Override
    public String toString()
    {
        return withDefault() + " (" + rangeText() + ")";
    }
}
