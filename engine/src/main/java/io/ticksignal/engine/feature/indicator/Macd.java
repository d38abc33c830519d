package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code macd(f,s,sig)}: {@code macd = ema(f) - ema(s)}, {@code signal = ema(sig)} of macd, {@code hist = macd - signal};
 * SMA-seeded EMAs whose fast and slow seed windows end on the same bar (the fast EMA ignores the first
 * s - f closes), SMA-seeded signal (TA-Lib MACD). All outputs warm after s + sig - 1 bars.
 */
public final class Macd implements Indicator
{
    private static final String[] OUTPUTS = {"macd", "signal", "hist"};

    private final int fastPeriod;
    private final int slowPeriod;
    private final int signalPeriod;
    private final SeededEma fast;
    private final SeededEma slow;
    private final SeededEma signal;
    private int skipped;
    private double macd = Double.NaN;
    private long rejectedCount;

    /**
     * MACD(12, 26, 9).
     */
    public Macd()
    {
        this(12, 26, 9);
    }

    /**
     * @param fastPeriod   fast EMA period, at least 2 (swapped with slowPeriod if larger, as TA-Lib does).
     * @param slowPeriod   slow EMA period, at least 2.
     * @param signalPeriod signal EMA period, at least 2.
     */
    public Macd(final int fastPeriod, final int slowPeriod, final int signalPeriod)
    {
        ArgumentChecks.requireAtLeast("fastPeriod", fastPeriod, 2);
        ArgumentChecks.requireAtLeast("slowPeriod", slowPeriod, 2);
        this.fastPeriod = Math.min(fastPeriod, slowPeriod);
        this.slowPeriod = Math.max(fastPeriod, slowPeriod);
        this.signalPeriod = ArgumentChecks.requireAtLeast("signalPeriod", signalPeriod, 2);
        this.fast = new SeededEma(this.fastPeriod);
        this.slow = new SeededEma(this.slowPeriod);
        this.signal = new SeededEma(signalPeriod);
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
        slow.push(close);
        if (skipped < slowPeriod - fastPeriod)
        {
            skipped++;
            return;
        }
        fast.push(close);
        if (slow.isReady())
        {
            macd = fast.value() - slow.value();
            signal.push(macd);
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
        if (!signal.isReady())
        {
            return Double.NaN;
        }
        switch (output)
        {
            case 0:
                return macd;
            case 1:
                return signal.value();
            default:
                return macd - signal.value();
        }
    }

    @Override
    public boolean isWarm()
    {
        return signal.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return slowPeriod + signalPeriod - 1;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        fast.reset();
        slow.reset();
        signal.reset();
        skipped = 0;
        macd = Double.NaN;
        rejectedCount = 0;
    }
}
