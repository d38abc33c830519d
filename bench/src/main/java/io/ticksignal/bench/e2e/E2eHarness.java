package io.ticksignal.bench.e2e;

import io.ticksignal.bench.suite.MachineDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.EngineConfig;
import io.ticksignal.config.IdleStrategyKind;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * The end-to-end harness: feed → Aeron IPC → engine (features, rule, decision, journal) → Aeron IPC → subscriber,
 * in one process on an embedded driver, at fixed offered rates, after a bare Aeron IPC ping-pong on the same driver
 * as the floor; writes {@code OUT/DATE-HOST-e2e.md} and {@code .json}.
 * <p>
 * The engine runs the demo configuration (paths in a new temp directory, deleted afterwards) with two changes so
 * that every trade yields exactly one signal and the latency measures the engine, not its idling: the decision
 * stage emits every decision ({@link EmitMode#EVERY_DECISION}; the demo rule is on {@code rsi(14)} per tick), and
 * the engine's threads yield rather than back off to a 1 ms park when idle.
 */
public final class E2eHarness
{
    /** Sustained means the achieved rate is at least this fraction of the offered rate (and more, see below). */
    static final double SUSTAINED_RATE_FRACTION = 0.95;
    /** Sustained means the p99 against the intended send time is at most this, ns, or ... */
    static final long SUSTAINED_P99_NS = TimeUnit.MILLISECONDS.toNanos(1);
    /** ... this many times the same run's ping-pong p99, whichever is larger (the machine's own noise). */
    static final long FLOOR_P99_FACTOR = 3;
    /** A phase stops when the sender is this far behind its schedule. */
    static final long MAX_LAG_NS = TimeUnit.SECONDS.toNanos(1);
    private static final long CONNECT_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(10);
    private static final long DRAIN_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(10);
    private static final long PHASE_START_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final int PING_STREAM_ID = 1901;
    private static final int PONG_STREAM_ID = 1902;

    private final E2eSettings settings;
    private final AtomicReference<Throwable> subscriberError = new AtomicReference<>();
    private long straySignals;
    private long p99BoundNs = SUSTAINED_P99_NS;

    /**
     * @param settings what to run.
     */
    public E2eHarness(final E2eSettings settings)
    {
        this.settings = settings;
    }

    /**
     * Runs the floor, then every rate, and writes the result files.
     *
     * @return the Markdown result file (the JSON file is beside it).
     * @throws IOException if the temp directory or the result files cannot be written.
     */
    public Path run() throws IOException
    {
        final long startNs = System.nanoTime();
        final Instant started = Instant.now();
        final String loadAtStart = MachineDescription.loadAverage();
        final Path runDirectory = Files.createTempDirectory("ticksignal-e2e-").toAbsolutePath();
        final List<RateResult> rates = new ArrayList<>();
        final Histogram floor;
        final long offerRetries;
        final long engineErrors;
        try
        {
            final TicksignalConfig config = configure(new ConfigLoader(runDirectory).loadDemo());
            final TradeTape tape = TradeTape.load(config.instrument("BTC-USD").orElseThrow());
            try (EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config)))
            {
                floor = new PingPongFloor(engine.aeron(), PING_STREAM_ID, PONG_STREAM_ID)
                    .run(seconds(settings.warmUpSeconds()), seconds(settings.measureSeconds()));
                p99BoundNs = Math.max(SUSTAINED_P99_NS, FLOOR_P99_FACTOR * LatencySummary.of(floor).p99Ns());
                offerRetries = runRates(engine, config, tape, rates);
                engineErrors = engine.errorLog().errorCount();
            }
        }
        finally
        {
            deleteRecursively(runDirectory);
        }
        final E2eReport report = new E2eReport(settings, LocalDate.now(ZoneOffset.UTC).toString(), started.toString(),
            MachineDescription.hostName(), MachineDescription.cpuModel(), MachineDescription.cores(), MachineDescription.jvm(),
            loadAtStart + " at the start, " + MachineDescription.loadAverage() + " at the end", rates,
            LatencySummary.of(floor), settings.measureSeconds(), p99BoundNs, offerRetries, straySignals, engineErrors,
            (System.nanoTime() - startNs) / 1e9);
        return new E2eReportWriter(report).write(settings.outDirectory());
    }

    private TicksignalConfig configure(final TicksignalConfig demo)
    {
        final EngineConfig engine = new EngineConfig("ticksignal-e2e", demo.engine().ringSize(),
            IdleStrategyKind.YIELDING, IdleStrategyKind.YIELDING);
        final JournalConfig journal = new JournalConfig(settings.journalMode(), demo.journal().directory(),
            demo.journal().rollCycle());
        final DecisionConfig decision = new DecisionConfig(demo.decision().minConfidence(),
            demo.decision().minHoldEvents(), EmitMode.EVERY_DECISION, demo.decision().signalExpiryEvents());
        return new TicksignalConfig(engine, demo.instruments(), demo.aeron(), journal, demo.features(), demo.model(),
            decision, demo.counters());
    }

    private long runRates(
        final EngineRuntime engine, final TicksignalConfig config, final TradeTape tape, final List<RateResult> rates)
    {
        final AeronStreamConfig signals = config.aeron().signals();
        final AeronStreamConfig marketData = config.aeron().marketData();
        final SignalLatencyAgent subscriber = new SignalLatencyAgent(engine.aeron(), signals.channel(),
            signals.streamId());
        try (AgentRunner subscriberRunner = new AgentRunner(new YieldingIdleStrategy(), subscriberError::set, null,
            subscriber);
            TickPublisher publisher = TickPublisher.create(engine.aeron(), marketData.channel(),
                marketData.streamId()))
        {
            AgentRunner.startOnThread(subscriberRunner);
            awaitOrFail(() -> publisher.isConnected() && subscriber.isConnected(), CONNECT_TIMEOUT_NS,
                "the engine and the subscriber to connect");
            final FixedRateSender sender = new FixedRateSender(publisher, tape, MAX_LAG_NS);
            for (final long rate : settings.ratesPerSecond())
            {
                rates.add(runRate(rate, sender, subscriber));
            }
            straySignals = subscriber.strays();
            return sender.offerRetries();
        }
    }

    private RateResult runRate(final long ratePerSecond, final FixedRateSender sender,
        final SignalLatencyAgent subscriber)
    {
        final long warmUpCount = Math.round(ratePerSecond * settings.warmUpSeconds());
        final long measuredCount = Math.max(1, Math.round(ratePerSecond * settings.measureSeconds()));
        final LatencyPhase phase = new LatencyPhase(sender.messagesSent() + 1, warmUpCount + measuredCount,
            warmUpCount, ratePerSecond, System.nanoTime() + PHASE_START_DELAY_NS);
        switchTo(subscriber, phase);
        final long sent = sender.send(phase);
        final boolean drained = await(() -> phase.received() >= sent, DRAIN_TIMEOUT_NS);
        switchTo(subscriber, null);
        failOnSubscriberError();

        final long measuredSent = Math.max(0, sent - warmUpCount);
        final long firstMeasuredNs = phase.intendedNs(warmUpCount);
        final Histogram histogram = phase.histogram();
        final long received = histogram.getTotalCount();
        final double sendPerSecond = ratePer(measuredSent, sender.lastSendNs() - firstMeasuredNs);
        final double achievedPerSecond = ratePer(received, phase.lastReceiveNs() - firstMeasuredNs);
        final LatencySummary latency = LatencySummary.of(histogram);
        final RateVerdict verdict;
        if (sent < phase.scheduledCount())
        {
            verdict = RateVerdict.STOPPED_BEHIND_SCHEDULE;
        }
        else if (!drained || received < measuredSent)
        {
            verdict = RateVerdict.SIGNALS_MISSING;
        }
        else if (achievedPerSecond < SUSTAINED_RATE_FRACTION * ratePerSecond)
        {
            verdict = RateVerdict.RATE_NOT_KEPT;
        }
        else if (latency.p99Ns() > p99BoundNs)
        {
            verdict = RateVerdict.P99_UNBOUNDED;
        }
        else
        {
            verdict = RateVerdict.SUSTAINED;
        }
        return new RateResult(ratePerSecond, Math.min(sent, warmUpCount), measuredCount, measuredSent, received,
            sendPerSecond, achievedPerSecond, latency, verdict);
    }

    private void switchTo(final SignalLatencyAgent subscriber, final LatencyPhase phase)
    {
        subscriber.activate(phase);
        awaitOrFail(() -> subscriber.isActive(phase) || null != subscriberError.get(), CONNECT_TIMEOUT_NS,
            "the subscriber to switch phase");
        failOnSubscriberError();
    }

    private void failOnSubscriberError()
    {
        final Throwable error = subscriberError.get();
        if (null != error)
        {
            throw new IllegalStateException("the e2e subscriber failed", error);
        }
    }

    private static double ratePer(final long messages, final long elapsedNs)
    {
        return elapsedNs > 0 ? messages * 1e9 / elapsedNs : 0.0;
    }

    private static long seconds(final double seconds)
    {
        return Math.round(seconds * 1e9);
    }

    private static void awaitOrFail(final BooleanSupplier condition, final long timeoutNs, final String what)
    {
        if (!await(condition, timeoutNs))
        {
            throw new IllegalStateException("timed out after " + TimeUnit.NANOSECONDS.toSeconds(timeoutNs) +
                " s waiting for " + what);
        }
    }

    private static boolean await(final BooleanSupplier condition, final long timeoutNs)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100));
        final long deadlineNs = System.nanoTime() + timeoutNs;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                return false;
            }
            idle.idle();
        }
        return true;
    }

    private static void deleteRecursively(final Path directory) throws IOException
    {
        if (!Files.exists(directory))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
        catch (final UncheckedIOException ex)
        {
            throw ex.getCause();
        }
    }
}
