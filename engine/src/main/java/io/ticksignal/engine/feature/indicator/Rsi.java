package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code rsi(n)}: relative strength index {@code 100 * avgGain / (avgGain + avgLoss)} with Wilder smoothing
 * seeded by the plain mean of the first n changes, 0 when both averages are (TA-Lib) zero; as TA-Lib
 * RSI with unstable period 0. Warm after n + 1 bars.
 */
public final class Rsi implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WilderGainLoss averages;
    private long rejectedCount;

    /**
     * @param period smoothing period in bars, at least 2.
     */
    public Rsi(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.averages = new WilderGainLoss(period);
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
        averages.push(close);
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
        return averages.relativeStrengthIndex();
    }

    @Override
    public boolean isWarm()
    {
        return averages.isReady();
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
        averages.reset();
        rejectedCount = 0;
    }
}
