package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * A fast and a slow moving average of the close ({@link FastSlowAverages}), shared by {@link Apo} and {@link Ppo},
 * which differ only in how they compare the two. Warm after max(f, s) bars. Single-threaded; allocates only in its
 * constructor.
 */
abstract class PriceOscillator extends SingleOutputIndicator
{
    final FastSlowAverages averages;

    /**
     * @param fastPeriod fast period, at least 2 (swapped with slowPeriod if larger).
     * @param slowPeriod slow period, at least 2.
     * @param type       the moving average both are built from.
     */
    PriceOscillator(final int fastPeriod, final int slowPeriod, final MovingAverageType type)
    {
        this.averages = new FastSlowAverages(
            ArgumentChecks.requireAtLeast("fastPeriod", fastPeriod, 2),
            ArgumentChecks.requireAtLeast("slowPeriod", slowPeriod, 2),
            type);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        averages.push(close);
    }

    @Override
    public boolean isWarm()
    {
        return averages.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return averages.slowPeriod();
    }

    @Override
    void clear()
    {
        averages.reset();
    }
}
