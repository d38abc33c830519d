package io.ticksignal.replay.backtest;

import java.util.Arrays;

/**
 * A growable array of primitive doubles (no boxing).
 */
final class DoubleSeries
{
    private double[] values = new double[64];
    private int size;

    void add(final double value)
    {
        if (size == values.length)
        {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double get(final int index)
    {
        return values[index];
    }

    int size()
    {
        return size;
    }

    double[] toArray()
    {
        return Arrays.copyOf(values, size);
    }
}
