package io.ticksignal.engine.feature.indicator;

/**
 * Looks up a feature's output name by index, for indicators, volatility estimators and market features alike
 * (configuration time only).
 */
public final class OutputNames
{
    /** The only output of a single-output feature. */
    public static final String VALUE = "value";

    private OutputNames()
    {
    }

    /**
     * @param names  the feature's output names in index order.
     * @param output the index asked for.
     * @return the name.
     * @throws IndexOutOfBoundsException if the index is not in [0, names.length).
     */
    public static String of(final String[] names, final int output)
    {
        if (output < 0 || output >= names.length)
        {
            throw new IndexOutOfBoundsException("output " + output + " not in [0, " + names.length + ")");
        }
        return names[output];
    }

    /**
     * @param output the index asked for.
     * @return {@link #VALUE}, the name of a single-output feature's output.
     * @throws IndexOutOfBoundsException if output is not 0.
     */
    public static String single(final int output)
    {
        if (output != 0)
        {
            throw new IndexOutOfBoundsException("output " + output + " not in [0, 1)");
        }
        return VALUE;
    }
}
