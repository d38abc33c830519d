package io.ticksignal.engine.pipeline;

import org.agrona.DirectBuffer;

/**
 * Where the signal stage hands each encoded signal after journaling it: the Aeron publisher in the live engine,
 * a collector in replay and tests. Called on the pipeline thread; the bytes are valid only during the call (the
 * slot is reused), so an implementation copies what it keeps. Implementations allocate nothing per call on the
 * live path; expected outcomes such as back-pressure are counted by the implementation, never thrown.
 */
@FunctionalInterface
public interface SignalSink
{
    /** A sink that drops every signal (recovery: rebuild state without re-publishing). */
    SignalSink NONE = (engineSequence, buffer, offset, length) -> { };

    /**
     * One signal.
     *
     * @param engineSequence engine sequence of the input the signal was derived from.
     * @param buffer         holding the SBE {@code Signal}, header included.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     */
    void onSignal(long engineSequence, DirectBuffer buffer, int offset, int length);
}
