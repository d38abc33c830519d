package io.ticksignal.engine.runtime;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.CountersConfig;
import io.ticksignal.config.EngineConfig;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * The demo configuration with every path under a test's own directory, bounded waits, in-memory counters.
 */
final class RuntimeFixtures
{
    static final TicksignalConfig DEMO = new ConfigLoader().loadDemo();
    static final InstrumentConfig BTC_USD = DEMO.instrument("BTC-USD").orElseThrow();

    private RuntimeFixtures()
    {
    }

    /**
     * @param directory  holds the driver directory, the counters file and the latency file.
     * @param journal    the journal directory.
     * @param ringSize   ring slots.
     * @return the demo configuration there.
     */
    static TicksignalConfig demoConfig(final Path directory, final Path journal, final int ringSize)
    {
        final EngineConfig engine = new EngineConfig(DEMO.engine().name(), ringSize,
            DEMO.engine().ingressIdleStrategy(), DEMO.engine().pipelineIdleStrategy());
        final AeronConfig aeron = new AeronConfig(DEMO.aeron().driverMode(), directory.resolve("aeron"),
            DEMO.aeron().marketData(), DEMO.aeron().signals());
        return new TicksignalConfig(engine, DEMO.instruments(), aeron,
            new JournalConfig(DEMO.journal().mode(), journal, DEMO.journal().rollCycle()), DEMO.features(),
            DEMO.model(), DEMO.decision(), new CountersConfig(directory.resolve("counters.dat")));
    }

    static TicksignalConfig demoConfig(final Path directory)
    {
        return demoConfig(directory, directory.resolve("journal"), DEMO.engine().ringSize());
    }

    static EngineCounters inMemoryCounters()
    {
        return new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
    }

    static void await(final BooleanSupplier condition, final long timeoutSeconds, final String what)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(200));
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out after " + timeoutSeconds + " s waiting for " + what);
            }
            idle.idle();
        }
    }
}
