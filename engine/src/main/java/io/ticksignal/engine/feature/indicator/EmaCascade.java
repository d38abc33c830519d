package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * A cascade of SMA-seeded EMAs of the close, each stage fed the previous stage's values once that stage is ready;
 * shared by {@link Dema} (two stages) and {@link Tema} (three), which differ only in how they combine the stages.
 * Warm after {@code stages * (n - 1) + 1} bars. Single-threaded; allocates only in its constructor.
 */
abstract class EmaCascade extends SingleOutputIndicator
{
    private final int period;
    private final SeededEma[] stages;
    private final SeededEma last;

    /**
     * @param period     EMA period in bars, at least 2.
     * @param stageCount number of chained EMAs, at least 1.
     */
    EmaCascade(final int period, final int stageCount)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.stages = new SeededEma[stageCount];
        for (int i = 0; i < stageCount; i++)
        {
            stages[i] = new SeededEma(period);
        }
        this.last = stages[stageCount - 1];
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        double input = close;
        for (int i = 0; i < stages.length; i++)
        {
            input = stages[i].push(input);
            if (!stages[i].isReady())
            {
                return;
            }
        }
    }

    @Override
    public double value(final int output)
    {
        return last.isReady() ? combine() : Double.NaN;
    }

    @Override
    public boolean isWarm()
    {
        return last.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return stages.length * (period - 1) + 1;
    }

    @Override
    void clear()
    {
        for (int i = 0; i < stages.length; i++)
        {
            stages[i].reset();
        }
    }

    /**
     * @param stage index of the stage, 0 for the EMA of the close.
     * @return that stage's current EMA; meaningful once the indicator is warm.
     */
    final double stage(final int stage)
    {
        return stages[stage].value();
    }

    /**
     * @return the value from the stages; called only once warm.
     */
    abstract double combine();
}
