package io.ticksignal.engine.feature.indicator;

/**
 * TA-Lib's notion of "zero" (|v| &lt; 1e-8), which several TA-Lib functions use to avoid dividing by
 * a vanishing denominator; the indicators that match those functions use the same test so that
 * they agree with TA-Lib on flat input.
 */
final class TaLibZero
{
    private static final double EPSILON = 0.00000001;

    private TaLibZero()
    {
    }

    /**
     * @param value a value.
     * @return true if {@code -1e-8 < value < 1e-8}.
     */
    static boolean isZero(final double value)
    {
        return -EPSILON < value && value < EPSILON;
    }

    /**
     * @param value a value.
     * @return true if {@code value < 1e-8}.
     */
    static boolean isZeroOrNegative(final double value)
    {
        return value < EPSILON;
    }
}
