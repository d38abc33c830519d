package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code cci(n)}: commodity channel index {@code (tp - sma(tp, n)) / (0.015 * meanAbsDev(tp, n))}, tp = (high + low + close) / 3,
 * 0 when either term is exactly zero (TA-Lib CCI). O(n) per update: the mean absolute deviation about a
 * moving mean has no O(1) update. Warm after n bars.
 */
public final class Cci extends SingleOutputIndicator
{
    private final int period;
    private final double[] typicalPrices;
    private int head;
    private int count;
    private double cci = Double.NaN;

    /**
     * @param period window length in bars, at least 2.
     */
    public Cci(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.typicalPrices = new double[period];
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
        final double typicalPrice = (high + low + close) / 3.0;
        typicalPrices[head] = typicalPrice;
        head = head + 1 == period ? 0 : head + 1;
        if (count < period)
        {
            count++;
        }
        if (count < period)
        {
            return;
        }
        double mean = 0.0;
        for (int i = 0, index = head; i < period; i++, index = index + 1 == period ? 0 : index + 1)
        {
            mean += typicalPrices[index];
        }
        mean /= period;
        double absoluteDeviation = 0.0;
        for (int i = 0; i < period; i++)
        {
            absoluteDeviation += Math.abs(typicalPrices[i] - mean);
        }
        final double deviation = typicalPrice - mean;
        cci = deviation != 0.0 && absoluteDeviation != 0.0 ? deviation / (0.015 * (absoluteDeviation / period)) : 0.0;
    }

    @Override
    public double value(final int output)
    {
        return cci;
    }

    @Override
    public boolean isWarm()
    {
        return count >= period;
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    void clear()
    {
        head = 0;
        count = 0;
        cci = Double.NaN;
    }
}
