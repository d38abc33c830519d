package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * {@code adxr(n)}: average directional movement rating {@code (adx + adx[n - 1]) / 2} with {@code adx(n)} as in
 * {@link Adx} (TA-Lib ADXR). Warm after 3n - 1 bars.
 */
public final class Adxr extends SingleOutputIndicator
{
    private final int period;
    private final Adx adx;
    private final DoubleRing adxHistory;

    /**
     * @param period ADX period in bars, at least 2.
     */
    public Adxr(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.adx = new Adx(period);
        this.adxHistory = new DoubleRing(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            reject();
            return;
        }
        adx.update(timeNs, open, high, low, close, volume);
        if (adx.isWarm())
        {
            adxHistory.push(adx.value());
        }
    }

    @Override
    public double value(final int output)
    {
        return adxHistory.isFull() ? (adxHistory.get(0) + adxHistory.get(period - 1)) / 2.0 : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return adxHistory.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return 3 * period - 1;
    }

    @Override
    void clear()
    {
        adx.reset();
        adxHistory.reset();
    }
}
