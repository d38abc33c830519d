package io.ticksignal.replay.run;

/**
 * Which signals a replay writes or compares: event time in [{@code fromNs}, {@code toNs}) and one instrument or
 * all. Immutable.
 *
 * @param fromNs       first event time included, ns since the epoch ({@link Long#MIN_VALUE} for no bound).
 * @param toNs         first event time excluded, ns since the epoch ({@link Long#MAX_VALUE} for no bound).
 * @param instrumentId the instrument id, or {@link #ALL_INSTRUMENTS}.
 */
public record ReplayFilter(long fromNs, long toNs, long instrumentId)
{
    /**
     * An {@link #instrumentId()} meaning every instrument.
     */
    public static final long ALL_INSTRUMENTS = -1L;

    private static final ReplayFilter ALL = new ReplayFilter(Long.MIN_VALUE, Long.MAX_VALUE, ALL_INSTRUMENTS);

    /**
     * @throws IllegalArgumentException when {@code fromNs} is not before {@code toNs}.
     */
    public ReplayFilter
    {
        if (fromNs >= toNs)
        {
            throw new IllegalArgumentException("the from time must be before the to time: from " + fromNs +
                " ns, to " + toNs + " ns");
        }
    }

    /**
     * @return the filter that passes every signal.
     */
    public static ReplayFilter all()
    {
        return ALL;
    }

    /**
     * @param instrumentId the signal's instrument.
     * @param eventTimeNs  the signal's event time.
     * @return true when the signal is selected. Allocation: none.
     */
    public boolean accepts(final long instrumentId, final long eventTimeNs)
    {
        return eventTimeNs >= fromNs && eventTimeNs < toNs &&
            (ALL_INSTRUMENTS == this.instrumentId || instrumentId == this.instrumentId);
    }
}
