package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * {@code mfi(n)}: money flow index {@code 100 * posFlow / (posFlow + negFlow)} over the last n bars, flow = tp * volume,
 * tp = (high + low + close) / 3, positive when tp rose, negative when it fell, neither when unchanged; 0 when
 * the total flow is below 1 (TA-Lib MFI). Warm after n + 1 bars.
 */
public final class Mfi extends SingleOutputIndicator
{
    private final int period;
    private final WindowSum positiveFlow;
    private final WindowSum negativeFlow;
    private int count;
    private double previousTypicalPrice;

    /**
     * @param period window length in bars, at least 2.
     */
    public Mfi(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.positiveFlow = new WindowSum(period);
        this.negativeFlow = new WindowSum(period);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close) || !Double.isFinite(volume))
        {
            reject();
            return;
        }
        final double typicalPrice = (high + low + close) / 3.0;
        if (count == 0)
        {
            previousTypicalPrice = typicalPrice;
            count = 1;
            return;
        }
        final double flow = typicalPrice * volume;
        positiveFlow.push(typicalPrice > previousTypicalPrice ? flow : 0.0);
        negativeFlow.push(typicalPrice < previousTypicalPrice ? flow : 0.0);
        previousTypicalPrice = typicalPrice;
        if (count <= period)
        {
            count++;
        }
    }

    @Override
    public double value(final int output)
    {
        if (count <= period)
        {
            return Double.NaN;
        }
        final double total = positiveFlow.sum() + negativeFlow.sum();
        return total < 1.0 ? 0.0 : 100.0 * (positiveFlow.sum() / total);
    }

    @Override
    public boolean isWarm()
    {
        return count > period;
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        positiveFlow.reset();
        negativeFlow.reset();
        count = 0;
        previousTypicalPrice = 0.0;
    }
}
