package io.ticksignal.engine.runtime;

import java.nio.file.Path;

import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.CountersConfig;
import io.ticksignal.config.TicksignalConfig;
import org.agrona.concurrent.ShutdownSignalBarrier;

/**
 * An engine in a child JVM for the kill-and-restart test: the demo configuration with the given driver directory,
 * journal and counters file; runs until SIGTERM (clean close) or SIGKILL (none).
 */
public final class EngineProcessMain
{
    private EngineProcessMain()
    {
    }

    /**
     * @param args driver directory, journal directory, counters file.
     */
    public static void main(final String[] args)
    {
        final TicksignalConfig demo = RuntimeFixtures.demoConfig(Path.of(args[0]).getParent(), Path.of(args[1]), 4096);
        final TicksignalConfig config = new TicksignalConfig(demo.engine(), demo.instruments(),
            new AeronConfig(demo.aeron().driverMode(), Path.of(args[0]), demo.aeron().marketData(),
            demo.aeron().signals()), demo.journal(), demo.features(), demo.model(), demo.decision(),
            new CountersConfig(Path.of(args[2])));
        try (ShutdownSignalBarrier barrier = new ShutdownSignalBarrier())
        {
            final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
            System.out.println("live: " + engine.recovery().describe());
            System.out.flush();
            barrier.await();
            engine.close();
            engine.summary().lines().forEach(System.out::println);
        }
    }
}
