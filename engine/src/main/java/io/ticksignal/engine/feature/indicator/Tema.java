package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code tema(n)}: triple exponential moving average {@code 3 * ema1 - 3 * ema2 + ema3}, each EMA of
 * the previous, SMA-seeded (TA-Lib TEMA); warm after 3n - 2 bars.
 */
public final class Tema implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final SeededEma first;
    private final SeededEma second;
    private final SeededEma third;
    private long rejectedCount;

    /**
     * @param period EMA period in bars, at least 2.
     */
    public Tema(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.first = new SeededEma(period);
        this.second = new SeededEma(period);
        this.third = new SeededEma(period);
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
            final double secondValue = second.push(firstValue);
            if (second.isReady())
            {
                third.push(secondValue);
            }
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
        if (!third.isReady())
        {
            return Double.NaN;
        }
        return third.value() + ((3.0 * first.value()) - (3.0 * second.value()));
    }

    @Override
    public boolean isWarm()
    {
        return third.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return 3 * period - 2;
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
        third.reset();
        rejectedCount = 0;
    }
}
