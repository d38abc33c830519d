package io.ticksignal.engine.pipeline;

import java.util.Arrays;
import java.util.List;

import io.ticksignal.config.InstrumentConfig;

/**
 * Maps configured instrument ids (as on the wire) to dense indexes 0..n-1 in configuration order, the index of
 * every per-instrument array in the pipeline. A primitive table of size maxId + 1: no boxing, no hashing.
 * <p>
 * Immutable after construction; safe to share between threads. Allocation: at construction only.
 */
public final class InstrumentIndexMap
{
    /** {@link #indexOf(long)} for an id that is not configured. */
    public static final int UNKNOWN = -1;

    private final int[] indexById;
    private final int[] idByIndex;
    private final String[] symbols;

    /**
     * @param instruments the configured instruments, ids unique and in 0..65535 (as the config loader checks).
     * @throws IllegalArgumentException on a negative or duplicate id.
     */
    public InstrumentIndexMap(final List<InstrumentConfig> instruments)
    {
        int maxId = -1;
        for (final InstrumentConfig instrument : instruments)
        {
            if (instrument.id() < 0)
            {
                throw new IllegalArgumentException("instrument " + instrument.symbol() + " has a negative id");
            }
            maxId = Math.max(maxId, instrument.id());
        }
        indexById = new int[maxId + 1];
        Arrays.fill(indexById, UNKNOWN);
        idByIndex = new int[instruments.size()];
        symbols = new String[instruments.size()];
        for (int i = 0; i < instruments.size(); i++)
        {
            final InstrumentConfig instrument = instruments.get(i);
            if (indexById[instrument.id()] != UNKNOWN)
            {
                throw new IllegalArgumentException("instrument id " + instrument.id() + " is configured twice");
            }
            indexById[instrument.id()] = i;
            idByIndex[i] = instrument.id();
            symbols[i] = instrument.symbol();
        }
    }

    /**
     * O(1), no allocation.
     *
     * @param instrumentId the id as on the wire (uint32 read as a long).
     * @return the dense index, or {@link #UNKNOWN}.
     */
    public int indexOf(final long instrumentId)
    {
        return instrumentId >= 0 && instrumentId < indexById.length ? indexById[(int)instrumentId] : UNKNOWN;
    }

    /**
     * @param index a dense index.
     * @return the configured id.
     */
    public int instrumentId(final int index)
    {
        return idByIndex[index];
    }

    /**
     * @param index a dense index.
     * @return the configured symbol.
     */
    public String symbol(final int index)
    {
        return symbols[index];
    }

    /**
     * @return number of instruments, the size of every per-instrument array.
     */
    public int count()
    {
        return idByIndex.length;
    }
}
