package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code cmo(n)}: Chande momentum oscillator {@code 100 * (avgGain - avgLoss) / (avgGain + avgLoss)} with the
 * same Wilder-smoothed, mean-seeded averages as {@code rsi} (TA-Lib CMO); warm after n + 1 bars.
 */
public final class Cmo implements Indicator
{
    private static final String[] OUTPUTS = {OutputNames.VALUE};

    private final int period;
    private final WilderGainLoss averages;
    private long rejectedCount;

    /**
     * @param period smoothing period in bars, at least 2.
     */
    public Cmo(final int period)
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
        return averages.chandeMomentumOscillator();
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
