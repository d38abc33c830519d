package io.ticksignal.engine.monitor;

/**
 * The population stability index of a live distribution against a training one over the same bins:
 * <pre>
 *   PSI = sum over bins i of (a_i - e_i) * ln(a_i / e_i)
 *   a_i = max(live count_i / live total, EPSILON)      e_i = max(training fraction_i, EPSILON)
 * </pre>
 * Both shares are floored at {@link #EPSILON} before the formula: a bin that is empty on either side would
 * otherwise give {@code ln(0)} or a division by zero, an infinite PSI from one unlucky bin. The floored shares are
 * not renormalised (the floor adds at most {@code bins x EPSILON} of mass, negligible next to the 0.1 / 0.2 alert
 * levels). Each term is &gt;= 0, so PSI &gt;= 0 and is 0 only for identical shares.
 * <p>
 * Stateless. Allocation: none.
 */
public final class PopulationStability
{
    /** The floor of both shares: 1e-4 (one in ten thousand). */
    public static final double EPSILON = 1e-4;

    private PopulationStability()
    {
    }

    /**
     * @param expected   training share per bin (sum 1).
     * @param liveCounts live values per bin, as many bins as {@code expected}.
     * @param liveTotal  sum of {@code liveCounts}, at least 1.
     * @return the PSI, &gt;= 0.
     */
    public static double psi(final double[] expected, final long[] liveCounts, final long liveTotal)
    {
        double sum = 0.0;
        final double total = liveTotal;
        for (int i = 0; i < expected.length; i++)
        {
            final double a = Math.max(liveCounts[i] / total, EPSILON);
            final double e = Math.max(expected[i], EPSILON);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }
}
