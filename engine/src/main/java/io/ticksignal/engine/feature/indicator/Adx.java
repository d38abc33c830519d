package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code adx(n)}: Wilder's directional movement. +DM/-DM/TR sums seeded over n - 1 bars then smoothed {@code s = s
 * - s / n + x}; {@code plus_di = 100 * +DM / TR}, {@code minus_di} likewise, {@code dx = 100 * |+DI - -DI| / (+DI
 * + -DI)}; {@code adx} = mean of the first n DX, then {@code (adx * (n - 1) + dx) / n} (TA-Lib
 * ADX/PLUS_DI/MINUS_DI/DX; on a TA-Lib-zero TR the DIs are 0, DX repeats and ADX holds). All outputs warm after 2n
 * bars.
 */
public final class Adx implements Indicator
{
    private static final String[] OUTPUTS = {"adx", "plus_di", "minus_di", "dx"};

    private final int period;
    private int count;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;
    private double plusDi;
    private double minusDi;
    private double dx;
    private double dxSum;
    private double adx = Double.NaN;
    private long rejectedCount;

    /**
     * @param period smoothing period in bars, at least 2.
     */
    public Adx(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            rejectedCount++;
            return;
        }
        if (count == 0)
        {
            remember(high, low, close);
            count = 1;
            return;
        }
        final double upMove = high - previousHigh;
        final double downMove = previousLow - low;
        final double range = TrueRange.of(high, low, previousClose);
        remember(high, low, close);
        double plusMove = 0.0;
        double minusMove = 0.0;
        if (downMove > 0.0 && upMove < downMove)
        {
            minusMove = downMove;
        }
        else if (upMove > 0.0 && upMove > downMove)
        {
            plusMove = upMove;
        }
        if (count < period)
        {
            plusDm += plusMove;
            minusDm += minusMove;
            trueRange += range;
            count++;
            return;
        }
        minusDm -= minusDm / period;
        minusDm += minusMove;
        plusDm -= plusDm / period;
        plusDm += plusMove;
        trueRange = trueRange - (trueRange / period) + range;
        smoothAdx(updateDirectional());
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
        if (Double.isNaN(adx))
        {
            return Double.NaN;
        }
        switch (output)
        {
            case 0:
                return adx;
            case 1:
                return plusDi;
            case 2:
                return minusDi;
            default:
                return dx;
        }
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(adx);
    }

    @Override
    public int warmUpCount()
    {
        return 2 * period;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        count = 0;
        previousHigh = 0.0;
        previousLow = 0.0;
        previousClose = 0.0;
        plusDm = 0.0;
        minusDm = 0.0;
        trueRange = 0.0;
        plusDi = 0.0;
        minusDi = 0.0;
        dx = 0.0;
        dxSum = 0.0;
        adx = Double.NaN;
        rejectedCount = 0;
    }

    private void remember(final double high, final double low, final double close)
    {
        previousHigh = high;
        previousLow = low;
        previousClose = close;
    }

    /**
     * Updates the DIs and DX from the smoothed sums.
     *
     * @return true if DX is defined on this bar (TR and +DI + -DI not TA-Lib zero).
     */
    private boolean updateDirectional()
    {
        if (TaLibZero.isZero(trueRange))
        {
            plusDi = 0.0;
            minusDi = 0.0;
            return false;
        }
        minusDi = 100.0 * (minusDm / trueRange);
        plusDi = 100.0 * (plusDm / trueRange);
        final double sum = minusDi + plusDi;
        if (TaLibZero.isZero(sum))
        {
            return false;
        }
        dx = 100.0 * (Math.abs(minusDi - plusDi) / sum);
        return true;
    }

    private void smoothAdx(final boolean dxDefined)
    {
        if (count < 2 * period)
        {
            if (dxDefined)
            {
                dxSum += dx;
            }
            if (++count == 2 * period)
            {
                adx = dxSum / period;
            }
        }
        else if (dxDefined)
        {
            adx = ((adx * (period - 1)) + dx) / period;
        }
    }
}
