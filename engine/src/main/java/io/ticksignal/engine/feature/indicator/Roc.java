package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * {@code roc(n)}: rate of change in percent {@code (close / close[n] - 1) * 100}, 0 when close[n] is exactly zero
 * (TA-Lib ROC). Warm after n + 1 bars.
 */
public final class Roc implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final DoubleRing closes;
    private long rejectedCount;

    /**
     * @param period distance in bars, at least 1.
     */
    public Roc(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.closes = new DoubleRing(period + 1);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        closes.push(close);
    }

    @Override
    public int outputCount()
    {
        return OUTPUTS.length;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.of(OUTPUTS, output);
    }

    @Override
    public double value(final int output)
    {
        if (!closes.isFull())
        {
            return Double.NaN;
        }
        final double past = closes.get(period);
        return past != 0.0 ? ((closes.get(0) / past) - 1.0) * 100.0 : 0.0;
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
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        closes.reset();
        rejectedCount = 0;
    }
}
