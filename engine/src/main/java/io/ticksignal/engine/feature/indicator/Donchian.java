package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code donchian(n)}: Donchian channel over the last n bars (this bar included), {@code upper = max(high)},
 * {@code lower = min(low)}, {@code middle = (upper + lower) / 2}; monotonic deques. Not in TA-Lib. Warm after n bars.
 */
public final class Donchian extends HighLowWindow
{
    private static final String[] OUTPUTS = {"lower", "middle", "upper"};

    /**
     * @param period window length in bars, at least 2.
     */
    public Donchian(final int period)
    {
        super(ArgumentChecks.requireAtLeast("period", period, 2), Fields.HIGH_LOW);
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
        switch (output)
        {
            case 0:
                return lows.value();
            case 1:
                return (highs.value() + lows.value()) * 0.5;
            default:
                return highs.value();
        }
    }
}
