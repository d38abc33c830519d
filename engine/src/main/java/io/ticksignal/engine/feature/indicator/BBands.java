package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowVariance;

/**
 * {@code bbands(n,k)}: Bollinger bands, {@code middle = sma(n)}, {@code upper/lower = middle +/- k * sigma}, sigma the
 * population standard deviation (TA-Lib BBANDS, SMA type); {@code pctb = (close - lower) / (upper - lower)} (0.5 when
 * the bands touch), {@code width = (upper - lower) / middle} (0 when middle is 0). Warm after n bars.
 */
public final class BBands implements Indicator
{
    private static final String[] OUTPUTS = {"lower", "middle", "upper", "pctb", "width"};

    private final int period;
    private final double deviations;
    private final WindowVariance window;
    private double lastClose;
    private long rejectedCount;

    /**
     * @param period     window length in bars, at least 2.
     * @param deviations band half-width in standard deviations, finite and positive.
     */
    public BBands(final int period, final double deviations)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.deviations = ArgumentChecks.requirePositive("deviations", deviations);
        this.window = new WindowVariance(period);
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
        lastClose = close;
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
        final double middle = window.mean();
        final double halfWidth = deviations * Math.sqrt(window.populationVariance());
        final double upper = middle + halfWidth;
        final double lower = middle - halfWidth;
        switch (output)
        {
            case 0:
                return lower;
            case 1:
                return middle;
            case 2:
                return upper;
            case 3:
                // (close - lower) / (upper - lower) without the cancellation of subtracting two bands near the mean
                return halfWidth > 0.0 ? 0.5 + window.deviationFromMean(lastClose) / (2.0 * halfWidth) : 0.5;
            default:
                return middle != 0.0 ? (2.0 * halfWidth) / middle : 0.0;
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
        lastClose = 0.0;
        rejectedCount = 0;
    }
}
