package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowRegression;

/**
 * {@code linreg(n)}: least-squares line through the last n closes against bar number: {@code slope} per bar,
 * {@code intercept} = the fitted value at the oldest bar of the window (TA-Lib LINEARREG_SLOPE/INTERCEPT), {@code r2}
 * = squared correlation of close with bar number (0 for a constant window, as TA-Lib CORREL). Warm after n bars.
 */
public final class LinReg implements Indicator
{
    private static final String[] OUTPUTS = {"slope", "intercept", "r2"};

    private final int period;
    private final WindowRegression window;
    private long barNumber;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public LinReg(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.window = new WindowRegression(period);
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
        window.push(barNumber++, close);
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
        if (!window.isFull())
        {
            return Double.NaN;
        }
        switch (output)
        {
            case 0:
                return window.slope();
            case 1:
                // the fitted line at the oldest bar, (n - 1) / 2 bars before the window's mean bar number
                return window.meanY() - window.slope() * ((period - 1) * 0.5);
            default:
                return window.rSquared();
        }
    }

    @Override
    public boolean isWarm()
    {
        return window.isFull();
    }

    @Override
    public int warmUpCount()
    {
        return period;
    }

    @Override
    public long rejectedCount()
    {
        return rejectedCount;
    }

    @Override
    public void reset()
    {
        window.reset();
        barNumber = 0;
        rejectedCount = 0;
    }
}
