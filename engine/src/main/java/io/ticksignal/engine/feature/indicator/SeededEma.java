package io.ticksignal.engine.feature.indicator;

/**
 * Exponential moving average seeded with the simple average of its first {@code period} inputs
 * (TA-Lib's default), then {@code ema += (x - ema) * k} with {@code k = 2 / (period + 1)}.
 * A building block for EMA, DEMA, TEMA, TRIX, MACD, ZLEMA and APO/PPO.
 * <p>
 * Single-threaded; allocates nothing.
 */
final class SeededEma
{
    private final int period;
    private final double smoothing;
    private int count;
    private double seedSum;
    private double value = Double.NaN;

    /**
     * @param period number of inputs in the seed average, at least 1.
     */
    SeededEma(final int period)
    {
        this.period = period;
        this.smoothing = 2.0 / (period + 1);
    }

    /**
     * @param input the newest input.
     * @return the average after this input, NaN until {@code period} inputs were seen.
     */
    double push(final double input)
    {
        if (count >= period)
        {
            value = ((input - value) * smoothing) + value;
        }
        else
        {
            seedSum += input;
            if (++count == period)
            {
                value = seedSum / period;
            }
        }
        return value;
    }

    /**
     * @return the current average, NaN until seeded.
     */
    double value()
    {
        return value;
    }

    /**
     * @return true once seeded.
     */
    boolean isReady()
    {
        return count >= period;
    }

    /**
     * Forget all inputs.
     */
    void reset()
    {
        count = 0;
        seedSum = 0.0;
        value = Double.NaN;
    }
}
