package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.engine.feature.indicator.OutputNames;

/**
 * The read-side plumbing shared by single-output market features: one output named {@link OutputNames#VALUE} and the
 * rejected-event counter. A subclass computes the value, counts a rejected event with {@link #reject()} and forgets
 * its own state in {@link #clear()}. Single-threaded; allocates nothing.
 */
abstract class SingleOutputMarketFeature implements MarketFeature
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
     * Count one ignored event.
     */
    final void reject()
    {
        rejectedCount++;
    }

    /**
     * Forget all events except the rejected count, which {@link #reset()} clears.
     */
    abstract void clear();
}
