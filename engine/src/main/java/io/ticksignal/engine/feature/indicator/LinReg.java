package io.ticksignal.engine.feature.indicator;

/**
 * {@code linreg(n)}: least-squares line through the last n closes against bar number: {@code slope} per bar,
 * {@code intercept} = the fitted value at the oldest bar of the window (TA-Lib LINEARREG_SLOPE/INTERCEPT), {@code r2}
 * = squared correlation of close with bar number (0 for a constant window, as TA-Lib CORREL). Warm after n bars.
 */
public final class LinReg implements Indicator
{
    private static final String[] OUTPUTS = {"slope", "intercept", "r2"};

    private final int period;
    private final double sumX;
    private final double divisor;
    private final double xTerm;
    private final WindowMoments window;
    private long rejectedCount;

    /**
     * @param period window length in bars, at least 2.
     */
    public LinReg(final int period)
    {
        this.period = Periods.requireAtLeast("period", period, 2);
        this.sumX = period * (period - 1) * 0.5;
        final double sumXSquares = period * (period - 1.0) * (2.0 * period - 1.0) / 6.0;
        this.divisor = sumX * sumX - period * sumXSquares;
        this.xTerm = period * sumXSquares - sumX * sumX;
        this.window = new WindowMoments(period);
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
        window.push(close);
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
        if (window.isConstant())
        {
            return output == 1 ? window.get(0) : 0.0;
        }
        final double sumY = window.shiftedSum();
        final double covarianceTerm = period * window.shiftedSumAgeWeighted() - sumX * sumY;
        switch (output)
        {
            case 0:
                return covarianceTerm / divisor;
            case 1:
                return window.shift() + (sumY - (covarianceTerm / divisor) * sumX) / period;
            default:
                final double yTerm = period * window.shiftedSumSquares() - sumY * sumY;
                return yTerm > 0.0 ? (covarianceTerm * covarianceTerm) / (xTerm * yTerm) : 0.0;
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
        rejectedCount = 0;
    }
}
