package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * The last n values of one bar field in a {@link WindowVariance} (compensated running sums, re-anchored every n
 * bars); shared by {@link Variance}, {@link StdDev}, {@link ZScore} and {@link VolumeZScore}, which differ only in the
 * statistic read from it and the field they read. A bar whose field is not finite is rejected. Warm after n bars.
 * Single-threaded; allocates only in its constructor.
 */
abstract class VarianceWindow extends SingleOutputIndicator
{
    /**
     * The bar field pushed into the window.
     */
    enum Input
    {
        /** The close. */
        CLOSE,
        /** The volume. */
        VOLUME
    }

    final WindowVariance window;
    private final Input input;
    private final int period;

    /**
     * @param period window length in bars, at least 2.
     * @param input  the bar field read.
     */
    VarianceWindow(final int period, final Input input)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.input = input;
        this.window = new WindowVariance(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        final double value = input == Input.CLOSE ? close : volume;
        if (!Double.isFinite(value))
        {
            reject();
            return;
        }
        window.push(value);
    }

    @Override
    public double value(final int output)
    {
        return window.isFull() ? statistic() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return window.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        window.reset();
    }

    /**
     * @return the statistic of the full window.
     */
    abstract double statistic();
}
