package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code stochrsi(n,k,d)}: fast stochastic of {@code rsi(n)}: {@code k} = 100 * (rsi - min rsi(k)) / (max rsi(k) - min rsi(k))
 * (0 on a zero range), {@code d} = SMA(d) of k (TA-Lib STOCHRSI, SMA type). Warm after n + k + d - 1 bars.
 */
public final class StochRsi implements Indicator
{
    private static final String[] OUTPUTS = {"k", "d"};

    private final int warmUpCount;
    private final WilderGainLoss rsi;
    private final RawStochastic fastK;
    private final WindowSum fastD;
    private double lastK = Double.NaN;
    private long rejectedCount;

    /**
     * STOCHRSI(14, 5, 3), TA-Lib's defaults.
     */
    public StochRsi()
    {
        this(14, 5, 3);
    }

    /**
     * @param rsiPeriod   RSI period, at least 2.
     * @param fastKPeriod min/max window over RSI values, at least 1.
     * @param fastDPeriod smoothing of %K into %D, at least 1.
     */
    public StochRsi(final int rsiPeriod, final int fastKPeriod, final int fastDPeriod)
    {
        this.rsi = new WilderGainLoss(ArgumentChecks.requireAtLeast("rsiPeriod", rsiPeriod, 2));
        this.fastK = new RawStochastic(ArgumentChecks.requireAtLeast("fastKPeriod", fastKPeriod, 1));
        this.fastD = new WindowSum(ArgumentChecks.requireAtLeast("fastDPeriod", fastDPeriod, 1));
        this.warmUpCount = rsiPeriod + fastKPeriod + fastDPeriod - 1;
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
        rsi.push(close);
        if (!rsi.isReady())
        {
            return;
        }
        final double rsiValue = rsi.relativeStrengthIndex();
        final double rawK = fastK.push(rsiValue, rsiValue, rsiValue);
        if (!Double.isNaN(rawK))
        {
            lastK = rawK;
            fastD.push(rawK);
        }
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
        if (!fastD.isFull())
        {
            return Double.NaN;
        }
        return output == 0 ? lastK : fastD.sum() / fastD.count();
    }

    @Override
    public boolean isWarm()
    {
        return fastD.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return warmUpCount;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        rsi.reset();
        fastK.reset();
        fastD.reset();
        lastK = Double.NaN;
        rejectedCount = 0;
    }
}
