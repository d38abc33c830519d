package io.ticksignal.engine.pipeline;

import java.util.List;

import io.ticksignal.config.ModelKind;
import io.ticksignal.config.RuleConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.journal.JournalSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;

/**
 * The stages in order: {@link DecodeStage} → {@link JournalInputStage} (left out in {@link PipelineMode#REPLAY})
 * → {@link FeatureStage} → {@link DecisionStage} → {@link SignalStage}. The live engine runs the stages from a
 * Disruptor handler over pre-allocated {@link EngineEvent} slots ({@link #process(EngineEvent)}); replay, recovery,
 * tests and benchmarks call {@link #onInput} in a loop. Same code, two drivers.
 * <p>
 * For a given configuration and sequence of inputs (bytes, engine sequences, receive times) the slots' decisions
 * and the Signal bytes are the same on every run, except each Signal's {@code ingressToDecisionNs} (see
 * {@link SignalStage}).
 * <p>
 * Single-threaded: one thread drives a pipeline. Allocation: at construction; none per input after warm-up.
 */
public final class Pipeline
{
    private final PipelineMode mode;
    private final DecodeStage decode;
    private final JournalInputStage journalInput;
    private final FeatureStage features;
    private final DecisionStage decision;
    private final SignalStage signal;
    private final InstrumentIndexMap instruments;
    private final EngineEvent directSlot = new EngineEvent();

    private Pipeline(
        final PipelineMode mode,
        final InstrumentIndexMap instruments,
        final DecodeStage decode,
        final JournalInputStage journalInput,
        final FeatureStage features,
        final DecisionStage decision,
        final SignalStage signal)
    {
        this.mode = mode;
        this.instruments = instruments;
        this.decode = decode;
        this.journalInput = journalInput;
        this.features = features;
        this.decision = decision;
        this.signal = signal;
    }

    /**
     * Build the pipeline of a configuration with the built-in rule as its scorer. Configuration time; allocates.
     *
     * @param config   the validated configuration; its model must be the rule.
     * @param mode     LIVE journals inputs and signals; REPLAY journals nothing.
     * @param journal  the journal ({@link DiscardingJournalSink#INSTANCE} when there is none).
     * @param signals  where signals go ({@link SignalSink#NONE} to publish nothing, e.g. in recovery).
     * @param counters the engine's counters.
     * @param clock    epoch-nanosecond clock, read once per signal for {@code ingressToDecisionNs} only.
     * @return the pipeline.
     * @throws IllegalArgumentException when the model is a bundle (scored by the model stage, not yet here) or the
     *                                  rule's feature is not among the configured features.
     * @throws io.ticksignal.engine.feature.catalog.FeatureExpressionException for a feature the engine does not
     *                                  know.
     */
    public static Pipeline create(
        final TicksignalConfig config,
        final PipelineMode mode,
        final JournalSink journal,
        final SignalSink signals,
        final EngineCounters counters,
        final EpochNanoClock clock)
    {
        if (config.model().kind() != ModelKind.RULE || config.model().rule().isEmpty())
        {
            throw new IllegalArgumentException(
                "model: this engine scores with the built-in rule only; configure model.rule (feature, buyAbove, " +
                "sellBelow) instead of a model bundle");
        }
        final RuleConfig rule = config.model().rule().get();
        final int ruleFeatureIndex = config.features().indexOf(rule.feature());
        if (ruleFeatureIndex < 0)
        {
            throw new IllegalArgumentException("model.rule.feature: '" + rule.feature() +
                "' is not among features " + config.features() + "; add it to features");
        }
        final InstrumentIndexMap instruments = new InstrumentIndexMap(config.instruments());
        final List<ParsedFeature> parsed = FeatureStage.parse(config.features());
        final FeatureStage features = new FeatureStage(instruments.count(), parsed, ruleFeatureIndex);
        final RuleScorer scorer = new RuleScorer(rule, features);
        final DecisionPolicy policy = new DecisionPolicy(config.decision(), instruments.count());
        return new Pipeline(
            mode,
            instruments,
            new DecodeStage(instruments, counters),
            new JournalInputStage(journal, counters),
            features,
            new DecisionStage(scorer, policy),
            new SignalStage(scorer, mode, journal, signals, counters, clock));
    }

    /**
     * Run every stage on a slot already filled by {@link EngineEvent#onInput}. Allocation: none.
     *
     * @param event the slot; afterwards it holds the decode result, the decision and any signal.
     */
    public void process(final EngineEvent event)
    {
        decode.onEvent(event);
        if (mode == PipelineMode.LIVE)
        {
            journalInput.onEvent(event);
        }
        features.onEvent(event);
        decision.onEvent(event);
        signal.onEvent(event);
    }

    /**
     * Drive one input directly (replay, recovery, tests): copy it into the pipeline's own slot and process it.
     * Allocation: none.
     *
     * @param engineSequence engine sequence of the input (journaled value in replay).
     * @param receiveTimeNs  receive time of the input, ns since the epoch (journaled value in replay).
     * @param buffer         holding the frame.
     * @param offset         where it starts.
     * @param length         its length in bytes.
     * @return the pipeline's slot, valid until the next call: reject reason, decision, signal bytes.
     */
    public EngineEvent onInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer buffer, final int offset,
        final int length)
    {
        directSlot.onInput(engineSequence, receiveTimeNs, buffer, offset, length);
        process(directSlot);
        return directSlot;
    }

    /**
     * @return the mode.
     */
    public PipelineMode mode()
    {
        return mode;
    }

    /**
     * @return the instrument index map.
     */
    public InstrumentIndexMap instruments()
    {
        return instruments;
    }

    /**
     * @return stage 1.
     */
    public DecodeStage decodeStage()
    {
        return decode;
    }

    /**
     * @return stage 2 (not run in {@link PipelineMode#REPLAY}).
     */
    public JournalInputStage journalInputStage()
    {
        return journalInput;
    }

    /**
     * @return stage 3.
     */
    public FeatureStage featureStage()
    {
        return features;
    }

    /**
     * @return stages 4 and 5.
     */
    public DecisionStage decisionStage()
    {
        return decision;
    }

    /**
     * @return stage 6.
     */
    public SignalStage signalStage()
    {
        return signal;
    }
}
