package io.ticksignal.engine.model.live;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The single-slot handoff of a prepared swap from the loader thread to the pipeline thread: one producer, one
 * consumer, at most one swap in flight. Allocation: none.
 */
public final class ModelSwapSlot
{
    private final AtomicReference<PreparedSwap> slot = new AtomicReference<>();

    /**
     * Offer a prepared swap. Loader thread.
     *
     * @param swap the swap.
     * @return true when taken into the slot; false when the previous swap has not been taken yet.
     */
    public boolean offer(final PreparedSwap swap)
    {
        return slot.compareAndSet(null, swap);
    }

    /**
     * Take the swap waiting, if any. Pipeline thread; one volatile read when empty.
     *
     * @return the swap, or null.
     */
    public PreparedSwap take()
    {
        return null == slot.get() ? null : slot.getAndSet(null);
    }
}
