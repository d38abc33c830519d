package io.ticksignal.engine.feature.volatility;

/**
 * Constructor argument checks and the output name shared by the estimators (configuration time
 * only, never on the update path).
 */
final class EstimatorArguments
{
    /** The only output of every estimator here. */
    static final String VALUE = "value";

    private EstimatorArguments()
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
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     * @return sqrt(annualize).
     * @throws IllegalArgumentException if annualize is not finite and &gt; 0.
     */
    static double annualizeScale(final double annualize)
    {
        if (!(annualize > 0.0) || Double.isInfinite(annualize))
        {
            throw new IllegalArgumentException("annualize must be finite and > 0 but was " + annualize);
        }
        return Math.sqrt(annualize);
    }

    /**
     * @param output the output index asked for.
     * @return {@link #VALUE}.
     * @throws IndexOutOfBoundsException unless output is 0.
     */
    static String singleOutputName(final int output)
    {
        if (output != 0)
        {
            throw new IndexOutOfBoundsException("output " + output + " not in [0, 1)");
        }
        return VALUE;
    }

    /**
     * @return true if open, high, low and close are finite, positive and consistent
     * ({@code low <= min(open, close)}, {@code high >= max(open, close)}).
     */
    static boolean isValidBar(final double open, final double high, final double low, final double close)
    {
        return low > 0.0
            && high != Double.POSITIVE_INFINITY
            && low <= open && low <= close
            && high >= open && high >= close;
    }

    /**
     * @return true if the price is finite and &gt; 0.
     */
    static boolean isValidPrice(final double price)
    {
        return price > 0.0 && price != Double.POSITIVE_INFINITY;
    }
}
