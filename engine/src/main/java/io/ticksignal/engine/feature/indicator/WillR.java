package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code willr(n)}: Williams %R {@code (highest high(n) - close) / ((highest high(n) - lowest low(n)) / -100)}, in
 * [-100, 0], 0 on a zero range (TA-Lib WILLR). Warm after n bars.
 */
public final class WillR extends HighLowWindow
{
    /**
     * @param period high/low window in bars, at least 2.
     */
    public WillR(final int period)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2), Fields.HIGH_LOW_CLOSE);
    }

    @Override
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.single(output);
    }

    @Override
    public double value(final int output)
    {
        if (!isWarm())
        {
            return Double.NaN;
        }
        final double highest = highs.value();
        final double range = (highest - lows.value()) / -100.0;
        return range != 0.0 ? (highest - lastClose) / range : 0.0;
    }
}
