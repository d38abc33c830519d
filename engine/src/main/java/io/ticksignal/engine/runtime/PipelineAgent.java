package io.ticksignal.engine.runtime;

import java.nio.charset.StandardCharsets;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import io.ticksignal.codecs.sbe.ControlEventEncoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.model.live.ModelSwapDetail;
import io.ticksignal.engine.model.live.ModelSwapper;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.Pipeline;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochNanoClock;

/**
 * The ring's single consumer: drains published slots in sequence order through {@link Pipeline#process} and
 * records latency. It is the journal's only writer, so it also journals the control events:
 * <ul>
 *     <li>{@link #onStart()}: after a replay, {@code RECOVERY_START}, the signal recovery completes (if any, see
 *     {@link JournalRecovery}) and {@code RECOVERY_END} with the replay's figures; then, for an engine following
 *     a model registry, a {@code MODEL_SWAP} naming the model it goes live with
 *     ({@link ModelSwapper#journalModelInPlace}); then {@code ENGINE_START}.
 *     These come before any live input, since the agent processes nothing before its start.</li>
 *     <li>{@link #onClose()}: drains what ingress left in the ring (ingress is stopped first), then journals
 *     {@code ENGINE_STOP}.</li>
 * </ul>
 * <b>Model swaps</b> ({@link ModelSwapper}): at the start of each duty cycle, so between two events, a swap the
 * model loader has prepared is put in place and journaled as {@code MODEL_SWAP}.
 * A control event's engine sequence is the last one assigned; its payload length is counted in the journal
 * counters like any document. A duty cycle processes at most {@code drainLimit} slots and then releases them to
 * ingress. A slot whose processing throws is released too (it is skipped; the error goes to the runner's error
 * handler), so one bad event cannot replay its journal writes or stall the ring.
 * <p>
 * Thread: the pipeline thread, under an {@code AgentRunner}; {@link #state()} may be read from any thread.
 * Allocation: none per slot; control events allocate their detail text.
 */
final class PipelineAgent implements Agent
{
    /** {@link #state()} before {@link #onStart()} has finished. */
    static final int STARTING = 0;
    /** {@link #state()} once the start control events are journaled: processing inputs. */
    static final int RUNNING = 1;
    /** {@link #state()} when {@link #onStart()} failed; the error went to the error handler. */
    static final int FAILED = 2;

    private static final int CONTROL_FIXED_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH +
        ControlEventEncoder.BLOCK_LENGTH + ControlEventEncoder.detailHeaderLength();

    private final RingBuffer<EngineEvent> ring;
    private final Sequence consumed;
    private final Pipeline pipeline;
    private final JournalSink journal;
    private final EngineCounters counters;
    private final LatencyRecorder latency;
    private final EpochNanoClock clock;
    private final int drainLimit;
    private final String engineName;
    private final RecoveryResult recovery;
    private final EngineEvent pendingSlot;
    private final ModelSwapper swapper;
    private final ModelSwapDetail startModel;
    private long lastEngineSequence;
    private volatile int state = STARTING;

    PipelineAgent(
        final RingBuffer<EngineEvent> ring,
        final Sequence consumed,
        final Pipeline pipeline,
        final JournalSink journal,
        final EngineCounters counters,
        final LatencyRecorder latency,
        final EpochNanoClock clock,
        final int drainLimit,
        final String engineName,
        final RecoveryResult recovery,
        final EngineEvent pendingSlot,
        final ModelSwapper swapper,
        final ModelSwapDetail startModel)
    {
        this.swapper = swapper;
        this.startModel = startModel;
        this.ring = ring;
        this.consumed = consumed;
        this.pipeline = pipeline;
        this.journal = journal;
        this.counters = counters;
        this.latency = latency;
        this.clock = clock;
        this.drainLimit = drainLimit;
        this.engineName = engineName;
        this.recovery = recovery;
        this.pendingSlot = pendingSlot;
        this.lastEngineSequence = recovery.lastEngineSequence();
    }

    @Override
    public void onStart()
    {
        try
        {
            if (RecoveryMode.REPLAYED == recovery.mode())
            {
                appendControl(ControlType.RECOVERY_START, "replaying the last cycle from index " +
                    recovery.firstIndex());
                if (null != pendingSlot)
                {
                    pipeline.signalStage().onEvent(pendingSlot);
                }
                if (RecoveryResult.NONE != recovery.completedShadowSequence())
                {
                    pipeline.shadow().emit();
                }
                appendControl(ControlType.RECOVERY_END, recovery.describe());
            }
            if (null != startModel)
            {
                swapper.journalModelInPlace(startModel, lastEngineSequence);
            }
            appendControl(ControlType.ENGINE_START, "engine " + engineName + " live; next engine sequence " +
                (lastEngineSequence + 1));
            state = RUNNING;
        }
        catch (final RuntimeException | Error ex)
        {
            state = FAILED;
            throw ex;
        }
    }

    @Override
    public int doWork()
    {
        return swapper.applyPending(lastEngineSequence) + drain(drainLimit);
    }

    @Override
    public void onClose()
    {
        if (RUNNING == state)
        {
            while (drain(Integer.MAX_VALUE) > 0)
            {
                // Ingress has stopped: take everything it published.
            }
            appendControl(ControlType.ENGINE_STOP, "engine " + engineName + " stopped; last engine sequence " +
                lastEngineSequence);
        }
    }

    @Override
    public String roleName()
    {
        return "ticksignal-pipeline";
    }

    /**
     * @return {@link #STARTING}, {@link #RUNNING} or {@link #FAILED}.
     */
    int state()
    {
        return state;
    }

    private int drain(final int limit)
    {
        final long first = consumed.get() + 1;
        final long available = ring.getCursor();
        if (available < first)
        {
            return 0;
        }
        final long last = Math.min(available, first + limit - 1);
        long sequence = first;
        try
        {
            while (sequence <= last)
            {
                final EngineEvent event = ring.get(sequence);
                final long startNs = clock.nanoTime();
                pipeline.process(event);
                latency.record(event.receiveTimeNs(), startNs, clock.nanoTime(), event.hasSignal());
                lastEngineSequence = event.engineSequence();
                sequence++;
            }
        }
        finally
        {
            consumed.set(Math.min(sequence, last));
        }
        return (int)(last - first + 1);
    }

    private void appendControl(final ControlType type, final String detail)
    {
        journal.appendControl(lastEngineSequence, clock.nanoTime(), type, 0, detail);
        counters.onJournalDocument(CONTROL_FIXED_LENGTH + detail.getBytes(StandardCharsets.UTF_8).length);
    }
}
