package io.ticksignal.engine.feature.indicator;

/**
 * {@code cmo(n)}: Chande momentum oscillator {@code 100 * (avgGain - avgLoss) / (avgGain + avgLoss)} with the
 * same Wilder-smoothed, mean-seeded averages as {@code rsi} (TA-Lib CMO); warm after n + 1 bars.
 */
public final class Cmo extends GainLossOscillator
{
    /**
     * @param period smoothing period in bars, at least 2.
     */
    public Cmo(final int period)
    {
        super(period);
    }

    @Override
    public double value(final int output)
    {
        return averages.chandeMomentumOscillator();
    }
}
