package io.ticksignal.engine.journal;

import io.ticksignal.codecs.sbe.ControlType;
import org.agrona.DirectBuffer;

/**
 * Where the pipeline writes every event it sees, in order: accepted inputs (before any output
 * derived from them), rejected inputs with their reason, output signals, shadow (challenger) signals and
 * control events.
 * Each call writes one journal document: an SBE {@code JournalRecord} envelope (engine sequence,
 * receive time, kind, reject reason) around the message bytes, header included.
 * <p>
 * Single writer: called only from the pipeline thread. The data-path methods allocate nothing;
 * {@link #appendControl} may (it is off the hot path).
 */
public interface JournalSink
{
    /**
     * An accepted input, written before anything derived from it.
     *
     * @param engineSequence engine sequence assigned at ingress.
     * @param receiveTimeNs  engine receive time, ns since the epoch (replay reuses it).
     * @param message        buffer holding the SBE message, header included.
     * @param offset         where the message starts.
     * @param length         message length in bytes.
     */
    void appendInput(long engineSequence, long receiveTimeNs, DirectBuffer message, int offset, int length);

    /**
     * A rejected input, kept byte for byte (it may not even be valid SBE).
     *
     * @param engineSequence engine sequence assigned at ingress.
     * @param receiveTimeNs  engine receive time, ns since the epoch.
     * @param rejectReason   the {@code RejectReason} value.
     * @param message        buffer holding the bytes as received.
     * @param offset         where they start.
     * @param length         their length.
     */
    void appendRejected(
        long engineSequence, long receiveTimeNs, int rejectReason, DirectBuffer message, int offset, int length);

    /**
     * An output (an SBE {@code Signal}) produced from the input with the same engine sequence.
     *
     * @param engineSequence engine sequence of the input it was derived from.
     * @param receiveTimeNs  receive time of that input.
     * @param message        buffer holding the SBE message, header included.
     * @param offset         where the message starts.
     * @param length         message length in bytes.
     */
    void appendOutput(long engineSequence, long receiveTimeNs, DirectBuffer message, int offset, int length);

    /**
     * A shadow output: an SBE {@code Signal} of the challenger model scored beside the live one
     * ({@code model.shadow}), journaled as {@code SHADOW_OUTPUT} and never published. Written after the input it
     * was derived from and after that input's {@code OUTPUT}, if it has one.
     *
     * @param engineSequence engine sequence of the input it was derived from.
     * @param receiveTimeNs  receive time of that input.
     * @param message        buffer holding the SBE message, header included.
     * @param offset         where the message starts.
     * @param length         message length in bytes.
     */
    void appendShadowOutput(long engineSequence, long receiveTimeNs, DirectBuffer message, int offset, int length);

    /**
     * A control event (engine start/stop, model swap, recovery start/end).
     *
     * @param engineSequence the engine sequence at the time of the event (the last one assigned).
     * @param timeNs         engine clock time, ns since the epoch.
     * @param type           what happened.
     * @param modelVersion   the model version where it applies, 0 otherwise.
     * @param detail         human-readable detail, e.g. a bundle path; may be empty.
     */
    void appendControl(long engineSequence, long timeNs, ControlType type, long modelVersion, String detail);
}
