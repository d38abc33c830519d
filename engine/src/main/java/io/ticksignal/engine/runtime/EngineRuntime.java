package io.ticksignal.engine.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.Sequencer;
import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Subscription;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.JournalMode;
import io.ticksignal.config.ModelKind;
import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.counters.CountersFile;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalSink;
import io.ticksignal.engine.model.live.ModelRequestAgent;
import io.ticksignal.engine.model.live.ModelRequestDirectory;
import io.ticksignal.engine.model.live.ModelSwapPreparer;
import io.ticksignal.engine.model.live.ModelSwapDetail;
import io.ticksignal.engine.model.live.ModelSwapSlot;
import io.ticksignal.engine.model.live.ModelSwapper;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.model.registry.RegistryFollower;
import io.ticksignal.engine.monitor.DriftAlertListener;
import io.ticksignal.engine.monitor.DriftAlertLog;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.engine.monitor.MonitorCounters;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.Scorer;
import org.agrona.CloseHelper;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;

/**
 * The live engine: counters file, journal, Aeron, the Disruptor ring and two agents.
 * <pre>
 * market data ─▶ IngressAgent ─▶ ring (engine.ringSize pre-allocated EngineEvent slots) ─▶ PipelineAgent
 *   (Aeron subscription)          single producer, single consumer        Pipeline.process: decode, journal,
 *                                                                          features, decide, journal + publish
 * </pre>
 * {@link #launch} opens, in order: the counters file ({@code counters.file}) with {@link EngineCounters} and two
 * runtime counters ({@code ticksignal: errors}, type {@value #ERRORS_TYPE_ID}; {@code ticksignal: ingress ring
 * full}, type {@value #RING_FULL_TYPE_ID}); the Chronicle journal (unless {@code journal.mode} is disabled); the
 * Aeron session (embedded driver by default), the market-data subscription and the signal publication
 * ({@link AeronSignalSink}); the {@link Pipeline} in LIVE mode, and, when its drift monitor is active, the
 * {@link MonitorCounters} in the counters file, and alert lines to standard error ({@link DriftAlertLog}) for
 * crossings after recovery. Then
 * {@link JournalRecovery} replays the journal's
 * last cycle into that pipeline, the pipeline agent starts and journals the control events
 * ({@code RECOVERY_START}/{@code RECOVERY_END} after a replay, then {@code ENGINE_START}), and only then does
 * ingress start, continuing the engine sequence after the journal's last one.
 * <p>
 * Last, the model loader ({@link ModelRequestAgent}) starts on its own thread: it answers
 * {@code ticksignal model swap} requests in {@value ModelRequestDirectory#DIRECTORY_NAME} beside the counters file
 * (polled every 100 ms), follows the promoted version of {@code model.registry}'s {@code model.name} when the
 * engine is configured so ({@link RegistryFollower}, same poll; such an engine also journals the registry version it
 * goes live with as a {@code MODEL_SWAP} before {@code ENGINE_START}, so a replay never depends on which version is
 * promoted when it runs), and counts applied and refused swaps ({@code ticksignal: model swaps}, type
 * {@value #MODEL_SWAPS_TYPE_ID}; {@code ticksignal: model swaps rejected}, type
 * {@value #MODEL_SWAPS_REJECTED_TYPE_ID}).
 * <p>
 * {@link #close()} stops the model loader, then ingress, lets the pipeline drain the ring and journal {@code ENGINE_STOP}, closes Aeron
 * and the journal (synced to the file system), writes the latency histograms to {@code latency.txt} beside the
 * counters file, takes the {@link EngineSummary} and removes the counters file.
 * <p>
 * Errors: one {@link EngineErrorLog} is the error handler of both agent runners, the Aeron client and the embedded
 * driver; every error is counted and kept, never swallowed.
 * <p>
 * Thread-safety: launch and close on one thread; the accessors are safe from any thread (the counters are
 * atomic). Allocation: everything at launch; the agents allocate nothing per message.
 */
public final class EngineRuntime implements AutoCloseable
{
    /** Type id of the {@code ticksignal: errors} counter. */
    public static final int ERRORS_TYPE_ID = 7011;
    /** Type id of the {@code ticksignal: ingress ring full} counter: times ingress paused on a full ring. */
    public static final int RING_FULL_TYPE_ID = 7012;
    /** Type id of the {@code ticksignal: model swaps} counter: live model swaps applied. */
    public static final int MODEL_SWAPS_TYPE_ID = 7013;
    /** Type id of the {@code ticksignal: model swaps rejected} counter: swap requests refused. */
    public static final int MODEL_SWAPS_REJECTED_TYPE_ID = 7014;
    /** Name of the latency report written beside the counters file at shutdown. */
    public static final String LATENCY_FILE_NAME = "latency.txt";

    private static final long START_POLL_NS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MODEL_REQUEST_POLL_NS = TimeUnit.MILLISECONDS.toNanos(100);

    private final EngineRuntimeContext context;
    private final TicksignalConfig config;
    private final LatencyRecorder latency = new LatencyRecorder();
    private CountersFile countersFile;
    private EngineCounters counters;
    private MonitorCounters monitorCounters;
    private AtomicCounter errorsCounter;
    private AtomicCounter ringFullCounter;
    private EngineErrorLog errorLog;
    private ChronicleJournal journal;
    private AeronSession session;
    private AeronSignalSink signalSink;
    private RecoveryResult recovery;
    private AgentRunner pipelineRunner;
    private AgentRunner ingressRunner;
    private AgentRunner modelLoaderRunner;
    private AtomicCounter modelSwapsCounter;
    private AtomicCounter modelSwapsRejectedCounter;
    private EngineSummary summary;
    private boolean closed;

    private EngineRuntime(final EngineRuntimeContext context)
    {
        this.context = context;
        this.config = context.config();
    }

    /**
     * Open everything, recover from the journal and go live. Blocks until the pipeline thread has journaled its
     * start (bounded by {@link EngineRuntimeContext#startTimeoutNs()}).
     *
     * @param context what to run; concluded here.
     * @return the running engine; close it to stop.
     * @throws io.ticksignal.engine.counters.CountersFileException when another live engine uses the counters file.
     * @throws io.ticksignal.engine.aeron.DriverAlreadyRunningException when another driver uses the directory.
     * @throws io.ticksignal.engine.aeron.NoMediaDriverException when an external driver is not running.
     * @throws IllegalStateException when the pipeline thread could not start; everything opened is closed again.
     */
    public static EngineRuntime launch(final EngineRuntimeContext context)
    {
        final EngineRuntime runtime = new EngineRuntime(context.conclude());
        try
        {
            runtime.start();
            return runtime;
        }
        catch (final RuntimeException | Error ex)
        {
            runtime.closeAfterFailedStart(ex);
            throw ex;
        }
    }

    private void start()
    {
        countersFile = CountersFile.create(config.counters().file(), config.engine().name(),
            CountersFile.DEFAULT_COUNTER_CAPACITY, context.epochClock());
        final CountersManager countersManager = countersFile.countersManager();
        counters = new EngineCounters(countersManager);
        errorsCounter = countersManager.newCounter(EngineCounters.LABEL_PREFIX + "errors", ERRORS_TYPE_ID);
        ringFullCounter =
            countersManager.newCounter(EngineCounters.LABEL_PREFIX + "ingress ring full", RING_FULL_TYPE_ID);
        modelSwapsCounter =
            countersManager.newCounter(EngineCounters.LABEL_PREFIX + "model swaps", MODEL_SWAPS_TYPE_ID);
        modelSwapsRejectedCounter = countersManager.newCounter(
            EngineCounters.LABEL_PREFIX + "model swaps rejected", MODEL_SWAPS_REJECTED_TYPE_ID);
        errorLog = new EngineErrorLog(errorsCounter, context.epochClock(), context.errorHandler());

        if (JournalMode.ENABLED == config.journal().mode())
        {
            journal = ChronicleJournal.open(
                config.journal().directory(), config.journal().rollCycle(), context.epochClock());
        }
        final JournalSink journalSink = null != journal ? journal : DiscardingJournalSink.INSTANCE;

        session = AeronSession.forEngine(config.aeron(), errorLog);
        final Aeron aeron = session.aeron();
        final AeronStreamConfig marketData = config.aeron().marketData();
        final AeronStreamConfig signals = config.aeron().signals();
        final Subscription subscription = aeron.addSubscription(marketData.channel(), marketData.streamId());
        final ExclusivePublication publication = aeron.addExclusivePublication(signals.channel(), signals.streamId());
        signalSink = new AeronSignalSink(publication, counters, IdleStrategies.newBackoff(), context.nanoClock(),
            context.publishRetryTimeoutNs());

        final Pipeline pipeline = Pipeline.create(
            config, PipelineMode.LIVE, journalSink, signalSink, counters, context.epochNanoClock());
        attachMonitor(pipeline.monitor(), countersManager, DriftAlertListener.NONE);
        final EngineEvent pendingSlot = recover(pipeline);
        // Alerts the recovery replayed were logged by the engine that lived through them: log from here on.
        attachMonitor(pipeline.monitor(), countersManager, new DriftAlertLog(context.driftAlertOut()));
        final RegistryFollower follower = registryFollower(pipeline);

        // The consumer is an agent that reads the cursor, never a barrier's waitFor: the wait strategy only
        // decides what publish signals, and busy-spin signals nothing.
        final RingBuffer<EngineEvent> ring = RingBuffer.createSingleProducer(
            EngineEvent::new, config.engine().ringSize(), new BusySpinWaitStrategy());
        final Sequence consumed = new Sequence(Sequencer.INITIAL_CURSOR_VALUE);
        ring.addGatingSequences(consumed);

        final ModelSwapSlot swapSlot = new ModelSwapSlot();
        final ModelSwapper swapper = new ModelSwapper(
            swapSlot, pipeline, journalSink, counters, modelSwapsCounter, context.epochNanoClock());
        final PipelineAgent pipelineAgent = new PipelineAgent(ring, consumed, pipeline, journalSink, counters,
            latency, context.epochNanoClock(), context.drainLimit(), config.engine().name(), recovery, pendingSlot,
            swapper, startModel(follower));
        pipelineRunner = new AgentRunner(context.pipelineIdleStrategy(), errorLog, null, pipelineAgent);
        AgentRunner.startOnThread(pipelineRunner);
        awaitStart(pipelineAgent);

        final IngressAgent ingressAgent = new IngressAgent(subscription, ring, consumed,
            recovery.lastEngineSequence() + 1, context.epochNanoClock(), context.epochClock(), countersFile,
            counters, ringFullCounter, context.fragmentLimit());
        ingressRunner = new AgentRunner(context.ingressIdleStrategy(), errorLog, null, ingressAgent);
        AgentRunner.startOnThread(ingressRunner);

        final ModelRequestAgent modelLoader = new ModelRequestAgent(
            ModelRequestDirectory.besideCountersFile(config.counters().file()),
            new ModelSwapPreparer(pipeline.featureStage()), swapSlot, modelSwapsRejectedCounter, errorLog, follower);
        modelLoaderRunner = new AgentRunner(
            new SleepingIdleStrategy(MODEL_REQUEST_POLL_NS), errorLog, null, modelLoader);
        AgentRunner.startOnThread(modelLoaderRunner);
    }

    private RegistryFollower registryFollower(final Pipeline pipeline)
    {
        if (config.model().kind() != ModelKind.REGISTRY)
        {
            return null;
        }
        final ModelRegistryConfig registry = config.model().registry().orElseThrow();
        // Recovery may have applied journaled swaps: follow from the model running now, when it is the registry's.
        final Scorer scorer = pipeline.scorer();
        final long running = scorer.modelId().equals(registry.name()) ? scorer.modelVersion() :
            RegistryFollower.NOT_A_REGISTRY_VERSION;
        return new RegistryFollower(new ModelRegistry(registry.directory()), registry.name(), running);
    }

    private ModelSwapDetail startModel(final RegistryFollower follower)
    {
        if (null == follower || RegistryFollower.NOT_A_REGISTRY_VERSION == follower.runningVersion())
        {
            return null;
        }
        final ModelRegistryConfig registry = config.model().registry().orElseThrow();
        final Path bundle = new ModelRegistry(registry.directory())
            .versionDirectory(registry.name(), follower.runningVersion());
        return new ModelSwapDetail(registry.name(), follower.runningVersion(), bundle,
            ModelSwapDetail.sha256OfModelYaml(bundle));
    }

    private void attachMonitor(
        final DriftMonitor monitor, final CountersManager countersManager, final DriftAlertListener listener)
    {
        if (monitor.isActive())
        {
            if (null == monitorCounters)
            {
                monitorCounters = new MonitorCounters(countersManager, monitor);
            }
            monitor.attach(monitorCounters, listener);
        }
    }

    private EngineEvent recover(final Pipeline pipeline)
    {
        if (null == journal)
        {
            recovery = RecoveryResult.nothingToReplay(RecoveryMode.JOURNAL_DISABLED);
            return null;
        }
        final JournalRecovery journalRecovery = new JournalRecovery(pipeline);
        try (JournalReader reader = journal.newReader())
        {
            recovery = journalRecovery.replay(reader, counters);
        }
        return journalRecovery.pendingSlot();
    }

    private void awaitStart(final PipelineAgent agent)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(START_POLL_NS);
        final long deadlineNs = context.nanoClock().nanoTime() + context.startTimeoutNs();
        while (PipelineAgent.STARTING == agent.state())
        {
            if (context.nanoClock().nanoTime() - deadlineNs >= 0 || pipelineRunner.isClosed())
            {
                break;
            }
            idle.idle();
        }
        if (PipelineAgent.RUNNING != agent.state())
        {
            throw new IllegalStateException("the pipeline thread did not start within " +
                TimeUnit.NANOSECONDS.toMillis(context.startTimeoutNs()) + " ms; errors: " + errorLog.distinctErrors());
        }
    }

    /**
     * Stop: ingress first, then the pipeline after it drained the ring and journaled {@code ENGINE_STOP}; then
     * Aeron, the journal, the latency file and the counters file. Idempotent. Afterwards {@link #summary()} holds
     * the run's figures.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        CloseHelper.closeAll(modelLoaderRunner, ingressRunner, pipelineRunner);
        CloseHelper.closeAll(session, journal);
        final Path latencyFile = writeLatency();
        summary = snapshot(latencyFile);
        CloseHelper.closeAll(monitorCounters, counters, countersFile);
    }

    private void closeAfterFailedStart(final Throwable cause)
    {
        closed = true;
        try
        {
            CloseHelper.closeAll(modelLoaderRunner, ingressRunner, pipelineRunner, session, journal, monitorCounters,
                counters, countersFile);
        }
        catch (final RuntimeException ex)
        {
            cause.addSuppressed(ex);
        }
    }

    private Path writeLatency()
    {
        final Path file = latencyFile();
        try
        {
            latency.writeTo(file);
            return file;
        }
        catch (final IOException ex)
        {
            errorLog.onError(ex);
            return null;
        }
    }

    private EngineSummary snapshot(final Path latencyFile)
    {
        return new EngineSummary(
            config.engine().name(),
            counters.inputsReceived().get(),
            counters.inputsAccepted().get(),
            counters.inputsRejected().get(),
            EngineSummary.rejectedByReason(counters),
            EngineSummary.signalsByDirection(counters),
            signalSink.published(),
            signalSink.unpublished(),
            counters.shadowSignals().get(),
            counters.publishBackPressured().get(),
            counters.publishNotConnected().get(),
            ringFullCounter.get(),
            null == journal ? null : journal.directory().toAbsolutePath(),
            counters.journalDocuments().get(),
            counters.journalBytes().get(),
            recovery,
            latency.report(),
            latencyFile,
            errorLog.errorCount(),
            errorLog.distinctErrors());
    }

    /**
     * @return the run's figures once {@link #close()} has returned, otherwise {@code null}.
     */
    public EngineSummary summary()
    {
        return summary;
    }

    /**
     * @return what recovery did at launch.
     */
    public RecoveryResult recovery()
    {
        return recovery;
    }

    /**
     * @return the live counters; valid until {@link #close()}.
     */
    public EngineCounters counters()
    {
        return counters;
    }

    /**
     * @return the error log (errors counted and kept so far).
     */
    public EngineErrorLog errorLog()
    {
        return errorLog;
    }

    /**
     * @return the engine's Aeron client (thread-safe); a tool in the same process (the demo) may add its own
     * publications and subscriptions to it. Valid until {@link #close()}.
     */
    public Aeron aeron()
    {
        return session.aeron();
    }

    /**
     * @return the media driver's directory, absolute.
     */
    public Path driverDirectory()
    {
        return session.directory();
    }

    /**
     * @return the journal directory, or {@code null} when the journal is disabled.
     */
    public Path journalDirectory()
    {
        return null == journal ? null : journal.directory().toAbsolutePath();
    }

    /**
     * @return the counters file, absolute.
     */
    public Path countersFile()
    {
        return config.counters().file().toAbsolutePath();
    }

    /**
     * @return where {@link #close()} writes the latency report: {@value #LATENCY_FILE_NAME} beside the counters
     * file.
     */
    public Path latencyFile()
    {
        return countersFile().resolveSibling(LATENCY_FILE_NAME);
    }

    /**
     * @return live model swaps applied so far ({@code ticksignal: model swaps}).
     */
    public long modelSwaps()
    {
        return modelSwapsCounter.get();
    }

    /**
     * @return model swap requests refused so far ({@code ticksignal: model swaps rejected}).
     */
    public long modelSwapsRejected()
    {
        return modelSwapsRejectedCounter.get();
    }

    /**
     * @return the directory {@code ticksignal model swap} writes requests into (beside the counters file).
     */
    public Path modelRequestDirectory()
    {
        return ModelRequestDirectory.besideCountersFile(config.counters().file()).directory();
    }

    /**
     * @return times ingress has paused on a full ring so far (the {@code ticksignal: ingress ring full} counter).
     */
    public long ringFullPauses()
    {
        return ringFullCounter.get();
    }
}
