package io.ticksignal.engine.feature.window;

/**
 * The last {@code capacity} doubles pushed, newest first by age: a ring over a primitive array. O(1) per push and
 * per read. Single-threaded; allocates only in its constructor.
 */
public final class DoubleRing
{
    private final double[] values;
    private final int capacity;
    private int head;
    private int count;

    /**
     * @param capacity number of values kept, at least 1.
     */
    public DoubleRing(final int capacity)
    {
        this.capacity = ArgumentChecks.requireAtLeast("capacity", capacity, 1);
        this.values = new double[capacity];
    }

    /**
     * Add a value, overwriting the oldest once the ring is full.
     *
     * @param value the newest value.
     */
    public void push(final double value)
    {
        values[head] = value;
        head = head + 1 == capacity ? 0 : head + 1;
        if (count < capacity)
        {
            count++;
        }
    }

    /**
     * @param age 0 for the newest value, {@code count() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago; undefined for an age outside [0, count()).
     */
    public double get(final int age)
    {
        final int index = head - 1 - age;
        return values[index < 0 ? index + capacity : index];
    }

    /**
     * @return the value the next push overwrites once the ring is full (the oldest); undefined while empty.
     */
    public double oldest()
    {
        return get(count - 1);
    }

    /**
     * @return number of values held, at most the capacity.
     */
    public int count()
    {
        return count;
    }

    /**
     * @return the number of values the ring keeps.
     */
    public int capacity()
    {
        return capacity;
    }

    /**
     * @return true once the ring holds {@code capacity} values.
     */
    public boolean isFull()
    {
        return count == capacity;
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        head = 0;
        count = 0;
    }
}
