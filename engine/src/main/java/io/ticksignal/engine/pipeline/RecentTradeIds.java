package io.ticksignal.engine.pipeline;

import java.util.Arrays;

import org.agrona.collections.Hashing;

/**
 * The last {@link #WINDOW} accepted trade ids of one instrument: a ring in arrival order plus an open-addressing
 * set of primitive longs (linear probing, deletion by backward shift) for O(1) look-ups. When the window is full
 * the oldest id is forgotten as a new one is added, so a duplicate is caught when it repeats one of the last
 * {@link #WINDOW} ids. {@code Long.MIN_VALUE} (the schema's null trade id) is never stored.
 * <p>
 * Single-threaded; allocation: at construction only.
 */
final class RecentTradeIds
{
    /** Number of recent trade ids remembered per instrument. */
    static final int WINDOW = 1024;

    private static final int TABLE_LENGTH = WINDOW * 2;
    private static final int MASK = TABLE_LENGTH - 1;
    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] ring = new long[WINDOW];
    private final long[] table = new long[TABLE_LENGTH];
    private int head;
    private int size;

    RecentTradeIds()
    {
        Arrays.fill(table, EMPTY);
    }

    boolean contains(final long tradeId)
    {
        int slot = Hashing.hash(tradeId, MASK);
        long entry;
        while (EMPTY != (entry = table[slot]))
        {
            if (entry == tradeId)
            {
                return true;
            }
            slot = (slot + 1) & MASK;
        }
        return false;
    }

    /**
     * @param tradeId an id not in the set and not {@code Long.MIN_VALUE}.
     */
    void add(final long tradeId)
    {
        if (size == WINDOW)
        {
            remove(ring[head]);
        }
        else
        {
            size++;
        }
        ring[head] = tradeId;
        head = head + 1 == WINDOW ? 0 : head + 1;
        int slot = Hashing.hash(tradeId, MASK);
        while (EMPTY != table[slot])
        {
            slot = (slot + 1) & MASK;
        }
        table[slot] = tradeId;
    }

    private void remove(final long tradeId)
    {
        int hole = Hashing.hash(tradeId, MASK);
        while (table[hole] != tradeId)
        {
            hole = (hole + 1) & MASK;
        }
        table[hole] = EMPTY;
        int next = hole;
        while (true)
        {
            next = (next + 1) & MASK;
            final long entry = table[next];
            if (EMPTY == entry)
            {
                return;
            }
            final int home = Hashing.hash(entry, MASK);
            final boolean staysPut = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!staysPut)
            {
                table[hole] = entry;
                table[next] = EMPTY;
                hole = next;
            }
        }
    }

    int size()
    {
        return size;
    }
}
