package io.ticksignal.engine.feature.indicator;

/**
 * The read-side plumbing shared by single-output indicators: one output named {@link OutputNames#VALUE} and the
 * rejected-input counter. A subclass computes the value, counts a rejected update with {@link #reject()} and forgets
 * its own state in {@link #clear()}. Single-threaded; allocates nothing.
 */
abstract class SingleOutputIndicator implements Indicator
{
    private long rejectedCount;

    @Override
    public int outputCount()
    {
        return 1;
    }

    @Override
    public String outputName(final int output)
    {
        return OutputNames.single(output);
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
        rejectedCount = 0;
    }

    /**
     * Count one ignored update.
     */
    final void reject()
    {
        rejectedCount++;
    }

    /**
     * Forget all inputs except the rejected count, which {@link #reset()} clears.
     */
    abstract void clear();
}
