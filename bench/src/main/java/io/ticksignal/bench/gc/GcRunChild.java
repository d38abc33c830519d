package io.ticksignal.bench.gc;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import io.ticksignal.bench.e2e.TradeTape;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.EngineConfig;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.JournalMode;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.engine.client.OfferResult;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.client.SignalView;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.engine.runtime.EngineSummary;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The child JVM of a GC run ({@link GcRun} starts it with a small heap and GC logging): launches the engine with
 * the demo configuration, a model bundle and the given journal mode in a run directory, sends the real Bitstamp
 * trades in a loop ({@link TradeTape}: times shifted forward by whole passes, unique trade ids, so none is
 * rejected) as fast as the engine takes them (retrying on back-pressure), with a subscriber draining the engine's
 * signals as a strategy would, first the warm-up events, then the rest,
 * waiting after each part until the engine has decoded every event; counts GC cycles in each part
 * ({@link GarbageCollectorMXBean}) and the bytes each thread allocated after warm-up ({@link ThreadAllocations}),
 * reads {@code /proc/self/status} with the engine still running, and writes
 * {@link GcRunFigures} to a file. The send and wait loops allocate nothing.
 * <p>
 * Arguments: RUN_DIRECTORY BUNDLE_DIRECTORY EVENTS WARM_UP_EVENTS enabled|disabled FIGURES_FILE.
 */
public final class GcRunChild
{
    private static final long STALL_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(60);

    private GcRunChild()
    {
    }

    /**
     * @param args see the class documentation.
     * @throws IOException when the figures cannot be written.
     */
    public static void main(final String[] args) throws IOException
    {
        if (args.length != 6)
        {
            throw new IllegalArgumentException("usage: GcRunChild RUN_DIRECTORY BUNDLE_DIRECTORY EVENTS " +
                "WARM_UP_EVENTS enabled|disabled FIGURES_FILE");
        }
        final Path runDirectory = Path.of(args[0]);
        final Path bundle = Path.of(args[1]);
        final long events = Long.parseLong(args[2]);
        final long warmUpEvents = Long.parseLong(args[3]);
        final JournalMode journalMode = JournalMode.valueOf(args[4].toUpperCase(Locale.ROOT));
        final Path figuresFile = Path.of(args[5]);
        final GcRunFigures figures = run(configure(new ConfigLoader(runDirectory).loadDemo(), bundle, journalMode),
            events, warmUpEvents);
        Files.writeString(figuresFile, figures.toText());
    }

    private static TicksignalConfig configure(
        final TicksignalConfig demo, final Path bundle, final JournalMode journalMode)
    {
        final EngineConfig engine = new EngineConfig("ticksignal-gc", demo.engine().ringSize(),
            demo.engine().ingressIdleStrategy(), demo.engine().pipelineIdleStrategy());
        final JournalConfig journal = new JournalConfig(journalMode, demo.journal().directory(),
            demo.journal().rollCycle());
        return new TicksignalConfig(engine, demo.instruments(), demo.aeron(), journal, demo.features(),
            ModelConfig.ofBundle(bundle), demo.decision(), demo.counters());
    }

    private static GcRunFigures run(final TicksignalConfig config, final long events, final long warmUpEvents)
    {
        final TradeTape tape = TradeTape.load(config.instrument("BTC-USD").orElseThrow());
        final AeronStreamConfig marketData = config.aeron().marketData();
        final long startUpCycles;
        final long warmUpCycles;
        final long measuredCycles;
        final long measuredGcMillis;
        final long warmUpEndUptimeMs;
        final long endUptimeMs;
        final double measuredSeconds;
        final long retries;
        final ProcStatus status;
        final MemoryUsage heap;
        final long heapAtWarmUpEnd;
        final List<ThreadAllocations.Entry> allocations;
        final AeronStreamConfig signals = config.aeron().signals();
        final long signalsReceived;
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), marketData.channel(),
            marketData.streamId());
            SignalSubscriber subscriber = SignalSubscriber.create(engine.aeron(), signals.channel(),
                signals.streamId(), GcRunChild::onSignal))
        {
            final AtomicCounter decoded = engine.counters().inputsReceived();
            final Sender sender = new Sender(publisher, subscriber, tape, decoded);
            sender.awaitConnected();
            startUpCycles = gcCycles();
            sender.sendAndAwait(0, warmUpEvents);
            warmUpEndUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
            final long warmUpEnd = gcCycles();
            heapAtWarmUpEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            final Map<Long, ThreadAllocations.Entry> allocatedAtWarmUpEnd = ThreadAllocations.snapshot();
            warmUpCycles = warmUpEnd - startUpCycles;
            final long gcMillisBefore = gcMillis();
            final long measureStartNs = System.nanoTime();
            sender.sendAndAwait(warmUpEvents, events);
            measuredSeconds = (System.nanoTime() - measureStartNs) / 1e9;
            allocations = ThreadAllocations.between(allocatedAtWarmUpEnd, ThreadAllocations.snapshot());
            measuredCycles = gcCycles() - warmUpEnd;
            measuredGcMillis = gcMillis() - gcMillisBefore;
            endUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
            retries = sender.retries;
            sender.drainSignals();
            signalsReceived = subscriber.signalsReceived();
            status = readStatus();
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
        finally
        {
            engine.close();
        }
        final EngineSummary summary = engine.summary();
        return new GcRunFigures(collectorNames(), startUpCycles, warmUpCycles, measuredCycles, measuredGcMillis,
            warmUpEndUptimeMs, endUptimeMs, warmUpEvents, events - warmUpEvents, measuredSeconds,
            summary.inputsReceived(), summary.inputsRejected(), summary.signals(), summary.signalsPublished(),
            signalsReceived,
            summary.journalDocuments(), summary.journalPayloadBytes(), retries, summary.errors(),
            kb(status, "VmRSS"), kb(status, "VmHWM"), kb(status, "RssAnon"), kb(status, "RssFile"),
            kb(status, "RssShmem"), heapAtWarmUpEnd, heap.getUsed(), heap.getCommitted(), bufferPool("direct"),
            bufferPool("mapped"), ThreadAllocations.toText(allocations));
    }

    private static void onSignal(
        final int instrumentId, final long eventTimeNs, final Direction direction, final double confidence,
        final long modelVersion, final long engineSequence, final long ingressToDecisionNs, final SignalView signal)
    {
        // Counted by the subscriber; a strategy would act here.
    }

    private static long gcCycles()
    {
        long cycles = 0;
        for (final GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans())
        {
            cycles += Math.max(0, collector.getCollectionCount());
        }
        return cycles;
    }

    private static long gcMillis()
    {
        long millis = 0;
        for (final GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans())
        {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    private static String collectorNames()
    {
        final StringJoiner names = new StringJoiner(", ");
        for (final GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans())
        {
            names.add(collector.getName());
        }
        return names.toString();
    }

    private static long bufferPool(final String name)
    {
        for (final BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class))
        {
            if (name.equals(pool.getName()))
            {
                return pool.getMemoryUsed();
            }
        }
        return -1;
    }

    private static ProcStatus readStatus()
    {
        try
        {
            return ProcStatus.parse(Files.readAllLines(Path.of("/proc/self/status")));
        }
        catch (final IOException ex)
        {
            return ProcStatus.parse(List.of());
        }
    }

    private static long kb(final ProcStatus status, final String name)
    {
        return status.kilobytes(name).orElse(-1);
    }

    /**
     * Offers the tape's messages and waits for the engine to decode them; allocation-free after construction.
     */
    private static final class Sender
    {
        private static final int SIGNAL_POLL_MASK = 1023;
        private static final int SIGNAL_FRAGMENT_LIMIT = 64;

        private final TickPublisher publisher;
        private final SignalSubscriber subscriber;
        private final TradeTape tape;
        private final AtomicCounter decoded;
        private final SleepingIdleStrategy waiting = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100));
        private long retries;

        Sender(
            final TickPublisher publisher, final SignalSubscriber subscriber, final TradeTape tape,
            final AtomicCounter decoded)
        {
            this.publisher = publisher;
            this.subscriber = subscriber;
            this.tape = tape;
            this.decoded = decoded;
        }

        void awaitConnected()
        {
            final long deadlineNs = System.nanoTime() + STALL_TIMEOUT_NS;
            while (!publisher.isConnected() || !subscriber.isConnected())
            {
                if (System.nanoTime() - deadlineNs > 0)
                {
                    throw new IllegalStateException("the engine did not subscribe to market data within " +
                        TimeUnit.NANOSECONDS.toSeconds(STALL_TIMEOUT_NS) + " s");
                }
                waiting.idle();
            }
        }

        void sendAndAwait(final long fromIndex, final long toIndex)
        {
            final long decodedBefore = decoded.get();
            for (long n = fromIndex; n < toIndex; n++)
            {
                long lastProgressNs = 0;
                long result;
                while ((result = tape.offer(publisher, n)) < 0)
                {
                    if (OfferResult.CLOSED == result || OfferResult.MAX_POSITION_EXCEEDED == result)
                    {
                        throw new IllegalStateException("market-data offer failed for good: " +
                            OfferResult.describe(result));
                    }
                    final long nowNs = System.nanoTime();
                    if (0 == lastProgressNs)
                    {
                        lastProgressNs = nowNs;
                    }
                    else if (nowNs - lastProgressNs > STALL_TIMEOUT_NS)
                    {
                        throw new IllegalStateException("the engine took no market data for " +
                            TimeUnit.NANOSECONDS.toSeconds(STALL_TIMEOUT_NS) + " s (" +
                            OfferResult.describe(result) + ") at event " + n);
                    }
                    retries++;
                    subscriber.poll(SIGNAL_FRAGMENT_LIMIT);
                    Thread.yield();
                }
                if (0 == (n & SIGNAL_POLL_MASK))
                {
                    subscriber.poll(SIGNAL_FRAGMENT_LIMIT);
                }
            }
            final long target = decodedBefore + (toIndex - fromIndex);
            long seen = decoded.get();
            long lastProgressNs = System.nanoTime();
            while (seen < target)
            {
                if (0 == subscriber.poll(SIGNAL_FRAGMENT_LIMIT))
                {
                    waiting.idle();
                }
                final long now = decoded.get();
                final long nowNs = System.nanoTime();
                if (now != seen)
                {
                    seen = now;
                    lastProgressNs = nowNs;
                }
                else if (nowNs - lastProgressNs > STALL_TIMEOUT_NS)
                {
                    throw new IllegalStateException("the engine decoded " + (seen - decodedBefore) + " of " +
                        (toIndex - fromIndex) + " events and then nothing for " +
                        TimeUnit.NANOSECONDS.toSeconds(STALL_TIMEOUT_NS) + " s");
                }
            }
        }

        void drainSignals()
        {
            for (int i = 0; i < 100; i++)
            {
                if (0 == subscriber.poll(SIGNAL_FRAGMENT_LIMIT))
                {
                    waiting.idle();
                }
            }
        }
    }
}
