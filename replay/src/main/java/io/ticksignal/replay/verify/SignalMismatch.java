package io.ticksignal.replay.verify;

/**
 * The first difference between the journaled and the replayed output streams. Immutable.
 *
 * @param position       0-based position of the output in the (filtered) stream.
 * @param engineSequence engine sequence of the journaled output (of the replayed one when the journal has none).
 * @param field          the differing field, e.g. {@code direction}, {@code probabilities[1].probability}, or
 *                       {@code presence} when one stream has an output the other lacks.
 * @param journaled      the journaled value as text.
 * @param replayed       the replayed value as text.
 */
public record SignalMismatch(long position, long engineSequence, String field, String journaled, String replayed)
{
    /**
     * @return one line naming the output, the field and both values.
     */
    public String describe()
    {
        return describeAs("first mismatch");
    }

    /**
     * @param what what the mismatch is called, e.g. {@code first shadow mismatch}.
     * @return one line naming the output, the field and both values.
     */
    public String describeAs(final String what)
    {
        return what + ": output #" + position + " (engine sequence " + engineSequence + "), field " + field +
            ": journaled " + journaled + ", replayed " + replayed;
    }
}
