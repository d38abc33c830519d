package io.ticksignal.engine.pipeline;

import java.nio.charset.StandardCharsets;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalSink;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Stage 6: when the decision is to be emitted ({@link EngineEvent#isSignalWanted()}), encodes the SBE
 * {@code Signal} into the slot's output buffer, journals it ({@link JournalSink#appendOutput}, after the input was
 * journaled by {@link JournalInputStage}), counts it by direction and hands it to the {@link SignalSink}. The
 * shadow model's stage ({@link SignalRole#SHADOW}, see {@link ShadowDecisionPath}) journals {@code SHADOW_OUTPUT}
 * instead and counts {@code shadow signals}.
 * <p>
 * Fields: the instrument id as on the wire; the input's event time; direction; confidence; the scorer's model id
 * (cut to 32 ASCII characters, NUL padded) and version; the input's engine sequence;
 * {@code ingressToDecisionNs = clock.nanoTime() - receiveTimeNs}; the probabilities group, one entry per class
 * probability with the scorer's label (cut to 8 characters, NUL padded), empty when the scorer had no score.
 * <b>Only {@code ingressToDecisionNs} depends on when the pipeline runs</b>: it is a measured latency from the
 * injected clock, so a replay gives the same bytes everywhere else but not there.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: none per signal (labels and model id are encoded once).
 */
public final class SignalStage
{
    private static final int MODEL_ID_LENGTH = SignalEncoder.modelIdLength();
    private static final int LABEL_LENGTH = SignalEncoder.ProbabilitiesEncoder.labelLength();
    private static final Direction[] DIRECTIONS = { Direction.HOLD, Direction.BUY, Direction.SELL };

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final SignalEncoder signal = new SignalEncoder();
    private byte[] modelId;
    private byte[][] labels;
    private long modelVersion;
    private final PipelineMode mode;
    private final SignalRole role;
    private final JournalSink journal;
    private final SignalSink sink;
    private final EngineCounters counters;
    private final EpochNanoClock clock;

    /**
     * @param scorer   gives model id, version and labels.
     * @param mode     {@link PipelineMode#REPLAY}: the signal is not journaled.
     * @param journal  where signals are journaled in {@link PipelineMode#LIVE}.
     * @param sink     where signals go after the journal.
     * @param counters where signals and journal documents are counted.
     * @param clock    epoch-nanosecond clock for {@code ingressToDecisionNs}.
     */
    public SignalStage(
        final Scorer scorer,
        final PipelineMode mode,
        final JournalSink journal,
        final SignalSink sink,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        this(scorer, mode, SignalRole.CHAMPION, journal, sink, counters, clock);
    }

    /**
     * @param scorer   gives model id, version and labels.
     * @param mode     {@link PipelineMode#REPLAY}: the signal is not journaled.
     * @param role     {@link SignalRole#CHAMPION}: journaled as {@code OUTPUT} and counted per direction;
     *                 {@link SignalRole#SHADOW}: journaled as {@code SHADOW_OUTPUT} and counted as a shadow signal.
     * @param journal  where signals are journaled in {@link PipelineMode#LIVE}.
     * @param sink     where signals go after the journal.
     * @param counters where signals and journal documents are counted.
     * @param clock    epoch-nanosecond clock for {@code ingressToDecisionNs}.
     */
    public SignalStage(
        final Scorer scorer,
        final PipelineMode mode,
        final SignalRole role,
        final JournalSink journal,
        final SignalSink sink,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        model(scorer);
        this.mode = mode;
        this.role = role;
        this.journal = journal;
        this.sink = sink;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Encode the model id, version and labels of a scorer for the signals that follow. At construction and at a
     * model swap (pipeline thread, between two inputs); allocates.
     *
     * @param scorer gives model id, version and labels.
     */
    void model(final Scorer scorer)
    {
        final byte[][] scorerLabels = new byte[scorer.labelCount()][];
        for (int i = 0; i < scorerLabels.length; i++)
        {
            scorerLabels[i] = ascii(scorer.label(i), LABEL_LENGTH);
        }
        this.labels = scorerLabels;
        this.modelId = ascii(scorer.modelId(), MODEL_ID_LENGTH);
        this.modelVersion = scorer.modelVersion();
    }

    private static byte[] ascii(final String text, final int length)
    {
        final byte[] bytes = new byte[length];
        final byte[] source = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(source, 0, bytes, 0, Math.min(source.length, length));
        return bytes;
    }

    /**
     * Encode, journal and hand on the slot's signal if one is wanted.
     *
     * @param event the slot, after {@link DecisionStage}.
     */
    public void onEvent(final EngineEvent event)
    {
        if (!event.signalWanted)
        {
            return;
        }
        final UnsafeBuffer buffer = event.mutableSignalBuffer();
        signal.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(event.instrumentId)
            .eventTimeNs(event.eventTimeNs)
            .direction(DIRECTIONS[event.direction])
            .confidence(event.confidence)
            .putModelId(modelId, 0)
            .modelVersion(modelVersion)
            .engineSequence(event.engineSequence)
            .ingressToDecisionNs(clock.nanoTime() - event.receiveTimeNs);
        final int count = event.probabilityCount;
        final SignalEncoder.ProbabilitiesEncoder probabilities = signal.probabilitiesCount(count);
        for (int i = 0; i < count; i++)
        {
            probabilities.next().putLabel(labels[i], 0).probability(event.probability(i));
        }
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength();
        event.signalLength = length;
        if (mode == PipelineMode.LIVE)
        {
            if (role == SignalRole.CHAMPION)
            {
                journal.appendOutput(event.engineSequence, event.receiveTimeNs, buffer, 0, length);
            }
            else
            {
                journal.appendShadowOutput(event.engineSequence, event.receiveTimeNs, buffer, 0, length);
            }
            counters.onJournalDocument(length);
        }
        if (role == SignalRole.CHAMPION)
        {
            counters.onSignal(event.direction);
        }
        else
        {
            counters.onShadowSignal();
        }
        sink.onSignal(event.engineSequence, buffer, 0, length);
    }
}
