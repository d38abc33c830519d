package io.ticksignal.engine.feature.indicator;

/**
 * {@code rsi(n)}: relative strength index {@code 100 * avgGain / (avgGain + avgLoss)} with Wilder smoothing
 * seeded by the plain mean of the first n changes, 0 when both averages are (TA-Lib) zero; as TA-Lib
 * RSI with unstable period 0. Warm after n + 1 bars.
 */
public final class Rsi extends GainLossOscillator
{
    /**
     * @param period smoothing period in bars, at least 2.
     */
    public Rsi(final int period)
    {
        super(period);
    }

    @Override
    public double value(final int output)
    {
        return averages.relativeStrengthIndex();
    }
}
