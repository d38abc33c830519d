package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code aroonosc(n)}: aroon up minus aroon down, {@code 100 / n * (bars since lowest low - bars since highest high)}
 * over the last n + 1 bars, most recent bar winning ties (TA-Lib AROONOSC). Warm after n + 1 bars.
 */
public final class AroonOsc extends HighLowWindow
{
    private final double factor;

    /**
     * @param period look-back in bars, at least 2 (the window holds period + 1 bars).
     */
    public AroonOsc(final int period)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2) + 1, Fields.HIGH_LOW);
        this.factor = 100.0 / period;
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
        return factor * (lows.ageOfExtreme() - highs.ageOfExtreme());
    }
}
