package io.ticksignal.replay.verify;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A first-in first-out queue of signal copies, in reused slots that grow only when more signals wait than ever
 * before (normally one or two: a journaled output follows its input, whose replayed signal is queued first).
 * <p>
 * Thread: one. Allocation: only when the queue grows past its largest size so far.
 */
final class SignalQueue
{
    private ExpandableArrayBuffer[] slots = newSlots(4);
    private int[] lengths = new int[4];
    private long[] sequences = new long[4];
    private int head;
    private int size;

    void add(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        if (size == slots.length)
        {
            grow();
        }
        final int tail = (head + size) % slots.length;
        buffer.getBytes(offset, slots[tail], 0, length);
        lengths[tail] = length;
        sequences[tail] = engineSequence;
        size++;
    }

    boolean isEmpty()
    {
        return 0 == size;
    }

    int size()
    {
        return size;
    }

    MutableDirectBuffer headBuffer()
    {
        return slots[head];
    }

    int headLength()
    {
        return lengths[head];
    }

    long headSequence()
    {
        return sequences[head];
    }

    void removeHead()
    {
        head = (head + 1) % slots.length;
        size--;
    }

    private void grow()
    {
        final int capacity = slots.length * 2;
        final ExpandableArrayBuffer[] newSlots = new ExpandableArrayBuffer[capacity];
        final int[] newLengths = new int[capacity];
        final long[] newSequences = new long[capacity];
        for (int i = 0; i < size; i++)
        {
            final int from = (head + i) % slots.length;
            newSlots[i] = slots[from];
            newLengths[i] = lengths[from];
            newSequences[i] = sequences[from];
        }
        for (int i = size; i < capacity; i++)
        {
            newSlots[i] = new ExpandableArrayBuffer(256);
        }
        slots = newSlots;
        lengths = newLengths;
        sequences = newSequences;
        head = 0;
    }

    private static ExpandableArrayBuffer[] newSlots(final int count)
    {
        final ExpandableArrayBuffer[] slots = new ExpandableArrayBuffer[count];
        for (int i = 0; i < count; i++)
        {
            slots[i] = new ExpandableArrayBuffer(256);
        }
        return slots;
    }
}
