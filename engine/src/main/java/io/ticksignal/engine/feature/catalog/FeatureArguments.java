package io.ticksignal.engine.feature.catalog;

import java.util.Arrays;

/**
 * The validated arguments of one feature, defaults applied, in the entry's order. Immutable.
 */
public final class FeatureArguments
{
    private final double[] values;

    /**
     * @param values the values, copied.
     */
    FeatureArguments(final double[] values)
    {
        this.values = values.clone();
    }

    /**
     * @return number of arguments (the entry's full argument count).
     */
    public int count()
    {
        return values.length;
    }

    /**
     * @param index argument index.
     * @return the argument as an int (it is one for {@link ArgumentType#INT} arguments).
     */
    public int intAt(final int index)
    {
        return (int)values[index];
    }

    /**
     * @param index argument index.
     * @return the argument as a double.
     */
    public double doubleAt(final int index)
    {
        return values[index];
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof FeatureArguments && Arrays.equals(values, ((FeatureArguments)other).values);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString()
    {
        return Arrays.toString(values);
    }
}
