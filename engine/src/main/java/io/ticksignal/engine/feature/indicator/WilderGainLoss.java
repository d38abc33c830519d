package io.ticksignal.engine.feature.indicator;

/**
 * Wilder-smoothed average gain and loss of successive closes, as TA-Lib's RSI and CMO compute
 * them: the first averages are the plain means of the first {@code period} changes, then
 * {@code avg = (avg * (period - 1) + x) / period}. Ready after {@code period + 1} closes.
 * <p>
 * Single-threaded; allocates nothing.
 */
final class WilderGainLoss
{
    private final int period;
    private int count;
    private double previousClose;
    private double averageGain;
    private double averageLoss;

    /**
     * @param period smoothing period, at least 2.
     */
    WilderGainLoss(final int period)
    {
        this.period = period;
    }

    /**
     * @param close the newest close.
     */
    void push(final double close)
    {
        final double change = close - previousClose;
        previousClose = close;
        if (count > period)
        {
            averageLoss *= period - 1;
            averageGain *= period - 1;
            accumulate(change);
            averageLoss /= period;
            averageGain /= period;
            return;
        }
        if (count > 0)
        {
            accumulate(change);
        }
        if (count == period)
        {
            averageLoss /= period;
            averageGain /= period;
        }
        count++;
    }

    private void accumulate(final double change)
    {
        if (change < 0.0)
        {
            averageLoss -= change;
        }
        else
        {
            averageGain += change;
        }
    }

    /**
     * @return true once {@code period + 1} closes were pushed.
     */
    boolean isReady()
    {
        return count > period;
    }

    /**
     * @return 100 * gain / (gain + loss), 0 when gain + loss is TA-Lib zero; NaN until ready.
     */
    double relativeStrengthIndex()
    {
        if (!isReady())
        {
            return Double.NaN;
        }
        final double total = averageGain + averageLoss;
        return TaLibZero.isZero(total) ? 0.0 : 100.0 * (averageGain / total);
    }

    /**
     * @return 100 * (gain - loss) / (gain + loss), 0 when gain + loss is TA-Lib zero; NaN until ready.
     */
    double chandeMomentumOscillator()
    {
        if (!isReady())
        {
            return Double.NaN;
        }
        final double total = averageGain + averageLoss;
        return TaLibZero.isZero(total) ? 0.0 : 100.0 * ((averageGain - averageLoss) / total);
    }

    /**
     * Forget all closes.
     */
    void reset()
    {
        count = 0;
        previousClose = 0.0;
        averageGain = 0.0;
        averageLoss = 0.0;
    }
}
