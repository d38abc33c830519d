package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * The change of the close over n bars, off a ring of the last n + 1 closes; shared by {@link Mom}, {@link Roc},
 * {@link Ret} and {@link LogRet}, which differ only in how they measure the change (and which closes they accept).
 * Warm after n + 1 bars. Single-threaded; allocates only in its constructor.
 */
abstract class LaggedChange extends SingleOutputIndicator
{
    private final int period;
    private final DoubleRing closes;

    /**
     * @param period distance in bars, at least 1.
     */
    LaggedChange(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.closes = new DoubleRing(period + 1);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!accepts(close))
        {
            reject();
            return;
        }
        closes.push(close);
    }

    @Override
    public double value(final int output)
    {
        return closes.isFull() ? change(closes.get(0), closes.get(period)) : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return closes.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        closes.reset();
    }

    /**
     * @param close a close.
     * @return true if the close can be pushed; any finite close unless overridden.
     */
    boolean accepts(final double close)
    {
        return Double.isFinite(close);
    }

    /**
     * @param close     the latest close.
     * @param pastClose the close n bars earlier.
     * @return the change between them.
     */
    abstract double change(double close, double pastClose);
}
