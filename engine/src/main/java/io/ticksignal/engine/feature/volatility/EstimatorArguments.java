package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * The annualisation argument and the bar and price validity rules shared by the estimators; the general
 * argument checks are {@link ArgumentChecks} and output names {@link io.ticksignal.engine.feature.indicator.OutputNames}.
 */
final class EstimatorArguments
{
    private EstimatorArguments()
    {
    }

    /**
     * @param annualize periods per year N; the value is multiplied by sqrt(N).
     * @return sqrt(annualize).
     * @throws IllegalArgumentException if annualize is not finite and &gt; 0.
     */
    static double annualizeScale(final double annualize)
    {
        return Math.sqrt(ArgumentChecks.requirePositive("annualize", annualize));
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
