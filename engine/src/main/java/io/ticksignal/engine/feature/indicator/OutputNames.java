package io.ticksignal.engine.feature.indicator;

/**
 * Looks up an indicator's output name by index (configuration time only).
 */
final class OutputNames
{
    /** The only output of a single-output indicator. */
    static final String VALUE = "value";

    private OutputNames()
    {
    }

    /**
     * @param names  the indicator's output names in index order.
     * @param output the index asked for.
     * @return the name.
     * @throws IndexOutOfBoundsException if the index is not in [0, names.length).
     */
    static String of(final String[] names, final int output)
    {
        if (output < 0 || output >= names.length)
        {
            throw new IndexOutOfBoundsException("output " + output + " not in [0, " + names.length + ")");
        }
        return names[output];
    }
}
