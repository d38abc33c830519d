package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code dema(n)}: double exponential moving average {@code 2 * ema1 - ema2}, ema2 = EMA of ema1, each
 * SMA-seeded (TA-Lib DEMA); warm after 2n - 1 bars.
 */
public final class Dema implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final SeededEma first;
    private final SeededEma second;
    private long rejectedCount;

    /**
     * @param period EMA period in bars, at least 2.
     */
    public Dema(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.first = new SeededEma(period);
        this.second = new SeededEma(period);
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
        final double firstValue = first.push(close);
        if (first.isReady())
        {
            second.push(firstValue);
        }
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
        return second.isReady() ? (2.0 * first.value()) - second.value() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return second.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return 2 * period - 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        first.reset();
        second.reset();
        rejectedCount = 0;
    }
}
