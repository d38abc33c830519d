package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code aroon(n)}: {@code up = 100 / n * (n - bars since the highest high)}, {@code down} likewise for the lowest low,
 * over the last n + 1 bars, the most recent bar winning ties (TA-Lib AROON). Warm after n + 1 bars.
 */
public final class Aroon extends HighLowWindow
{
    private static final String[] OUTPUTS = {"up", "down"};

    private final int period;
    private final double factor;

    /**
     * @param period look-back in bars, at least 2 (the window holds period + 1 bars).
     */
    public Aroon(final int period)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2) + 1, Fields.HIGH_LOW);
        this.period = period;
        this.factor = 100.0 / period;
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
        if (!isWarm())
        {
            return Double.NaN;
        }
        final int age = output == 0 ? highs.ageOfExtreme() : lows.ageOfExtreme();
        return factor * (period - age);
    }
}
