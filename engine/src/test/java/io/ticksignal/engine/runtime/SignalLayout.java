package io.ticksignal.engine.runtime;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;

/**
 * Where a Signal keeps its one run-dependent field.
 */
final class SignalLayout
{
    /** Offset of {@code ingressToDecisionNs} from the start of a Signal, header included. */
    static final int LATENCY_OFFSET =
        MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.ingressToDecisionNsEncodingOffset();

    private SignalLayout()
    {
    }
}
