package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.WindowSum;

/**
 * A fast stochastic, {@code k} the raw stochastic over the last k inputs and {@code d} its SMA over d values (TA-Lib
 * STOCHF, SMA type); shared by {@link StochF}, fed the bars, and {@link StochRsi}, fed RSI values. Single-threaded;
 * allocates only in its constructor.
 */
abstract class FastStochastic implements Indicator
{
    private static final String[] OUTPUTS = {"k", "d"};

    private final int warmUpCount;
    private final RawStochastic fastK;
    private final WindowSum fastD;
    private double lastK = Double.NaN;
    private long rejectedCount;

    /**
     * @param inputWarmUpCount how many bars the input needs before its first value (0 for bars themselves).
     * @param fastKPeriod      min/max window in inputs, at least 1.
     * @param fastDPeriod      smoothing of %K into %D, at least 1.
     */
    FastStochastic(final int inputWarmUpCount, final int fastKPeriod, final int fastDPeriod)
    {
        this.fastK = new RawStochastic(ArgumentChecks.requireAtLeast("fastKPeriod", fastKPeriod, 1));
        this.fastD = new WindowSum(ArgumentChecks.requireAtLeast("fastDPeriod", fastDPeriod, 1));
        this.warmUpCount = inputWarmUpCount + fastKPeriod + fastDPeriod - 1;
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
        clear();
        fastK.reset();
        fastD.reset();
        lastK = Double.NaN;
        rejectedCount = 0;
    }

    /**
     * Push one input into %K and, once %K has a value, into %D.
     *
     * @param high  the input's high.
     * @param low   the input's low.
     * @param close the input's close.
     */
    final void push(final double high, final double low, final double close)
    {
        final double rawK = fastK.push(high, low, close);
        if (!Double.isNaN(rawK))
        {
            lastK = rawK;
            fastD.push(rawK);
        }
    }

    /**
     * Count one ignored update.
     */
    final void reject()
    {
        rejectedCount++;
    }

    /**
     * Forget the subclass's own inputs; {@link #reset()} clears %K, %D and the rejected count. Nothing by default.
     */
    void clear()
    {
    }
}
