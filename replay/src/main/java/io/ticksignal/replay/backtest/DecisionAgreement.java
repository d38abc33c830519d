package io.ticksignal.replay.backtest;

import java.util.Arrays;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.engine.journal.JournalRecordListener;
import org.agrona.DirectBuffer;

/**
 * Champion vs challenger directions at their common decision points: the inputs of one instrument at which the
 * journal holds both an {@code OUTPUT} (the live model's signal) and a {@code SHADOW_OUTPUT} (the shadow model's)
 * with the same engine sequence. The engine journals a shadow output right after its input's output, so the pair
 * is matched by remembering the last output. Also keeps each side's model id and version (the challenger's first;
 * every model the champion ran, in turn, as a swap or a registry promotion can change it).
 * <p>
 * Thread: one. Allocation: the model names, when they change; none per record otherwise.
 */
public final class DecisionAgreement implements JournalRecordListener
{
    private static final long NONE = Long.MIN_VALUE;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final JournalBacktestAdapter instrument;
    private long lastOutputSequence = NONE;
    private int lastOutputDirection;
    private long commonDecisionPoints;
    private long agreeing;
    private String championModel = "";
    private final byte[] modelId = new byte[SignalDecoder.modelIdLength()];
    private final byte[] lastChampionId = new byte[SignalDecoder.modelIdLength()];
    private long lastChampionVersion = NONE;
    private String challengerModel = "";

    /**
     * @param instrument the champion's adapter: its instrument is the one compared.
     */
    public DecisionAgreement(final JournalBacktestAdapter instrument)
    {
        this.instrument = instrument;
    }

    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        if (EventKind.OUTPUT != kind && EventKind.SHADOW_OUTPUT != kind)
        {
            return;
        }
        signal.wrapAndApplyHeader(payload, offset, header);
        if (signal.instrumentId() != instrument.instrumentId())
        {
            return;
        }
        if (EventKind.OUTPUT == kind)
        {
            // The champion can change on the way (a live swap, a registry promotion): name each model it ran.
            signal.getModelId(modelId, 0);
            if (signal.modelVersion() != lastChampionVersion || !Arrays.equals(modelId, lastChampionId))
            {
                final String model = signal.modelId() + " v" + signal.modelVersion();
                championModel = championModel.isEmpty() ? model : championModel + ", then " + model;
                lastChampionVersion = signal.modelVersion();
                System.arraycopy(modelId, 0, lastChampionId, 0, modelId.length);
            }
            lastOutputSequence = engineSequence;
            lastOutputDirection = signal.directionRaw();
            return;
        }
        if (challengerModel.isEmpty())
        {
            challengerModel = signal.modelId() + " v" + signal.modelVersion();
        }
        if (engineSequence == lastOutputSequence)
        {
            commonDecisionPoints++;
            if (signal.directionRaw() == lastOutputDirection)
            {
                agreeing++;
            }
            lastOutputSequence = NONE;
        }
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        // Counted by the backtest adapters.
    }

    /** @return inputs at which both models emitted a signal for the instrument. */
    public long commonDecisionPoints()
    {
        return commonDecisionPoints;
    }

    /** @return those at which both signals had the same direction. */
    public long agreeing()
    {
        return agreeing;
    }

    /** @return agreeing / common decision points, NaN without any. */
    public double agreementRate()
    {
        return 0 == commonDecisionPoints ? Double.NaN : (double)agreeing / commonDecisionPoints;
    }

    /**
     * @return the champion's model id and version, e.g. {@code demo-btc v1}, or each in turn when it changed on the
     * way ({@code demo-btc v1, then demo-btc v2}); empty before its first signal.
     */
    public String championModel()
    {
        return championModel;
    }

    /** @return the challenger's model id and version; empty before its first signal. */
    public String challengerModel()
    {
        return challengerModel;
    }
}
