package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.WindowSum;

/**
 * A fast and a slow moving average of the same input, as TA-Lib's APO and PPO compute them: SMAs, or
 * SMA-seeded EMAs that both start at the first input (so the fast EMA is already running when the
 * slow one is seeded; MACD aligns its seeds instead, see {@link Macd}). The periods are swapped if
 * {@code slow < fast}, as TA-Lib does.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
final class FastSlowAverages
{
    private final MovingAverageType type;
    private final int fastPeriod;
    private final int slowPeriod;
    private final WindowSum fastSum;
    private final WindowSum slowSum;
    private final SeededEma fastEma;
    private final SeededEma slowEma;

    /**
     * @param fastPeriod one period, at least 2.
     * @param slowPeriod the other period, at least 2.
     * @param type       SMA or EMA.
     */
    FastSlowAverages(final int fastPeriod, final int slowPeriod, final MovingAverageType type)
    {
        this.type = type;
        this.fastPeriod = Math.min(fastPeriod, slowPeriod);
        this.slowPeriod = Math.max(fastPeriod, slowPeriod);
        this.fastSum = new WindowSum(this.fastPeriod);
        this.slowSum = new WindowSum(this.slowPeriod);
        this.fastEma = new SeededEma(this.fastPeriod);
        this.slowEma = new SeededEma(this.slowPeriod);
    }

    /**
     * @param input the newest input.
     */
    void push(final double input)
    {
        if (type == MovingAverageType.SMA)
        {
            fastSum.push(input);
            slowSum.push(input);
        }
        else
        {
            fastEma.push(input);
            slowEma.push(input);
        }
    }

    /**
     * @return true once both averages have a value ({@code slowPeriod} inputs).
     */
    boolean isReady()
    {
        return type == MovingAverageType.SMA ? slowSum.isFull() : slowEma.isReady();
    }

    /**
     * @return the fast average; meaningful once ready.
     */
    double fast()
    {
        return type == MovingAverageType.SMA ? fastSum.sum() / fastPeriod : fastEma.value();
    }

    /**
     * @return the slow average; meaningful once ready.
     */
    double slow()
    {
        return type == MovingAverageType.SMA ? slowSum.sum() / slowPeriod : slowEma.value();
    }

    /**
     * @return the slow period (the larger of the two), which is also the warm-up count.
     */
    int slowPeriod()
    {
        return slowPeriod;
    }

    /**
     * Forget all inputs.
     */
    void reset()
    {
        fastSum.reset();
        slowSum.reset();
        fastEma.reset();
        slowEma.reset();
    }
}
