package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * {@code logret(n)}: log return {@code ln(close / close[n])}. Prices must be positive: a close that is not finite and
 * &gt; 0 is rejected and counted. Warm after n + 1 bars.
 */
public final class LogRet implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final DoubleRing closes;
    private long rejectedCount;

    /**
     * @param period distance in bars, at least 1.
     */
    public LogRet(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.closes = new DoubleRing(period + 1);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!isPositivePrice(close))
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
        return closes.isFull() ? Math.log(closes.get(0) / closes.get(period)) : Double.NaN;
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

    /**
     * @param price a price.
     * @return true if it is finite and strictly positive, so that its logarithm is finite.
     */
    static boolean isPositivePrice(final double price)
    {
        return price > 0.0 && price < Double.POSITIVE_INFINITY;
    }
}
