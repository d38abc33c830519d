package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code ultosc(a,b,c)}: ultimate oscillator {@code 100 * (4 * avg(a) + 2 * avg(b) + avg(c)) / 7}, avg(p) =
 * sum(bp, p) / sum(tr, p), bp = close - min(low, prior close), tr = true range; periods sorted so the shortest
 * gets weight 4, a term is dropped when its tr sum is TA-Lib zero (TA-Lib ULTOSC). Warm after max(a, b, c) + 1
 * bars.
 */
public final class UltOsc extends SingleOutputIndicator
{
    private final int longPeriod;
    private final WindowSum pressureShort;
    private final WindowSum rangeShort;
    private final WindowSum pressureMedium;
    private final WindowSum rangeMedium;
    private final WindowSum pressureLong;
    private final WindowSum rangeLong;
    private int count;
    private double previousClose;

    /**
     * ULTOSC(7, 14, 28), TA-Lib's defaults.
     */
    public UltOsc()
    {
        this(7, 14, 28);
    }

    /**
     * @param firstPeriod  one averaging period in bars, at least 1.
     * @param secondPeriod another, at least 1.
     * @param thirdPeriod  another, at least 1.
     */
    public UltOsc(final int firstPeriod, final int secondPeriod, final int thirdPeriod)
    {
        ArgumentChecks.requireAtLeast("firstPeriod", firstPeriod, 1);
        ArgumentChecks.requireAtLeast("secondPeriod", secondPeriod, 1);
        ArgumentChecks.requireAtLeast("thirdPeriod", thirdPeriod, 1);
        final int shortPeriod = Math.min(firstPeriod, Math.min(secondPeriod, thirdPeriod));
        this.longPeriod = Math.max(firstPeriod, Math.max(secondPeriod, thirdPeriod));
        final int mediumPeriod = firstPeriod + secondPeriod + thirdPeriod - shortPeriod - longPeriod;
        this.pressureShort = new WindowSum(shortPeriod);
        this.rangeShort = new WindowSum(shortPeriod);
        this.pressureMedium = new WindowSum(mediumPeriod);
        this.rangeMedium = new WindowSum(mediumPeriod);
        this.pressureLong = new WindowSum(longPeriod);
        this.rangeLong = new WindowSum(longPeriod);
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
        if (count == 0)
        {
            previousClose = close;
            count = 1;
            return;
        }
        final double buyingPressure = close - Math.min(low, previousClose);
        final double trueRange = TrueRange.of(high, low, previousClose);
        previousClose = close;
        pressureShort.push(buyingPressure);
        rangeShort.push(trueRange);
        pressureMedium.push(buyingPressure);
        rangeMedium.push(trueRange);
        pressureLong.push(buyingPressure);
        rangeLong.push(trueRange);
        if (count <= longPeriod)
        {
            count++;
        }
    }

    @Override
    public double value(final int output)
    {
        if (count <= longPeriod)
        {
            return Double.NaN;
        }
        double weighted = 0.0;
        if (!TaLibZero.isZero(rangeShort.sum()))
        {
            weighted += 4.0 * (pressureShort.sum() / rangeShort.sum());
        }
        if (!TaLibZero.isZero(rangeMedium.sum()))
        {
            weighted += 2.0 * (pressureMedium.sum() / rangeMedium.sum());
        }
        if (!TaLibZero.isZero(rangeLong.sum()))
        {
            weighted += pressureLong.sum() / rangeLong.sum();
        }
        return 100.0 * (weighted / 7.0);
    }

    @Override
    public boolean isWarm()
    {
        return count > longPeriod;
    }

    @Override
    public int warmUpCount()
    {
        return longPeriod + 1;
    }

    @Override
    void clear()
    {
        pressureShort.reset();
        rangeShort.reset();
        pressureMedium.reset();
        rangeMedium.reset();
        pressureLong.reset();
        rangeLong.reset();
        count = 0;
        previousClose = 0.0;
    }
}
