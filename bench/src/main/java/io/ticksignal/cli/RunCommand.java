package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.ticksignal.config.AeronDriverMode;
import io.ticksignal.config.JournalMode;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.DriverAlreadyRunningException;
import io.ticksignal.engine.aeron.NoMediaDriverException;
import io.ticksignal.engine.counters.CountersFileException;
import io.ticksignal.engine.model.live.ModelSwapException;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.engine.runtime.EngineSummary;
import org.agrona.concurrent.ShutdownSignalBarrier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal run}: the engine process, until SIGINT or SIGTERM.
 * <p>
 * Shutdown: an Agrona {@link ShutdownSignalBarrier} wakes the command on SIGINT/SIGTERM (through the JVM's
 * shutdown hook); the command then stops the engine (ingress, ring drained, journal synced and closed, Aeron
 * closed) and prints the summary. A JVM shut down by a signal would exit with 128 + the signal number; since the
 * engine has closed everything by then, the command halts the JVM with status 0 instead, before releasing the
 * barrier's hook. When the barrier is signalled in-process (tests), the command simply returns 0.
 */
@Command(
    name = "run",
    header = "Run the engine until Ctrl-C or SIGTERM.",
    mixinStandardHelpOptions = true,
    description = {
        "Run the engine: Aeron market data in, the Disruptor pipeline (decode, journal, features, decide),",
        "signals out over Aeron, every event journaled. On an existing journal it first rebuilds its state",
        "by replaying the journal's last cycle. Runs until Ctrl-C (SIGINT) or SIGTERM, then drains the ring,",
        "closes the journal and prints a summary with latency percentiles; exit code 0." },
    footer = {
        "",
        "Examples:",
        "  ticksignal run                          the bundled demo configuration",
        "  ticksignal run --config engine.yaml",
        "Then, in other terminals: ticksignal feed ..., ticksignal tail, ticksignal stat --watch 1" })
final class RunCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "The engine configuration. Default: the bundled demo configuration ('ticksignal config demo').")
    Path config;

    @Override
    public Integer call()
    {
        final TicksignalConfig loaded = ClientOptions.loadConfig(config);
        final PrintWriter out = spec.commandLine().getOut();
        printStart(out, loaded);

        final ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
        final EngineRuntime engine = launch(loaded, barrier);
        out.println("run: " + engine.recovery().describe());
        out.println("run: live; Ctrl-C (SIGINT) or SIGTERM stops the engine");
        out.flush();

        barrier.await();
        out.println("run: stopping");
        out.flush();
        engine.close();
        final EngineSummary summary = engine.summary();
        for (final String line : summary.lines())
        {
            out.println("run: " + line);
        }
        out.flush();
        spec.commandLine().getErr().flush();

        if (isJvmShuttingDown())
        {
            Runtime.getRuntime().halt(0);
        }
        barrier.close();
        return 0;
    }

    private static EngineRuntime launch(final TicksignalConfig loaded, final ShutdownSignalBarrier barrier)
    {
        try
        {
            return EngineRuntime.launch(new EngineRuntimeContext().config(loaded));
        }
        catch (final CountersFileException | DriverAlreadyRunningException | NoMediaDriverException |
            IllegalArgumentException | ModelSwapException ex)
        {
            barrier.close();
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            barrier.close();
            throw ex;
        }
    }

    private void printStart(final PrintWriter out, final TicksignalConfig loaded)
    {
        out.println("run: config " + (null == config ? "bundled demo configuration" : config.toAbsolutePath()));
        out.println("run: engine " + loaded.engine().name() + ", ring " + loaded.engine().ringSize() +
            " slots, idle strategies ingress " + loaded.engine().ingressIdleStrategy().configName() +
            ", pipeline " + loaded.engine().pipelineIdleStrategy().configName());
        out.println("run: aeron " + (AeronDriverMode.EMBEDDED == loaded.aeron().driverMode() ?
            "embedded driver" : "external driver") + " at " + loaded.aeron().driverDirectory().toAbsolutePath() +
            "; market data " + loaded.aeron().marketData().channel() + " stream " +
            loaded.aeron().marketData().streamId() + "; signals " + loaded.aeron().signals().channel() +
            " stream " + loaded.aeron().signals().streamId());
        out.println("run: journal " + (JournalMode.ENABLED == loaded.journal().mode() ?
            loaded.journal().directory().toAbsolutePath() + " (roll cycle " + loaded.journal().rollCycle() + ")" :
            "disabled"));
        out.println("run: counters " + loaded.counters().file().toAbsolutePath() + " (ticksignal stat reads it)");
        out.println("run: " + loaded.instruments().size() + " instruments, " + loaded.features().size() +
            " features, model " + describe(loaded.model()) + loaded.model().shadowDirectory()
            .map(shadow -> "; shadow model " + shadow.toAbsolutePath() + " (journaled, not published)").orElse(""));
        out.flush();
    }

    private static String describe(final ModelConfig model)
    {
        return switch (model.kind())
        {
            case BUNDLE -> "bundle " + model.bundleDirectory().orElseThrow().toAbsolutePath();
            case REGISTRY -> "registry " + model.registry().orElseThrow().directory().toAbsolutePath() + ", name " +
                model.registry().orElseThrow().name() + " (the promoted version; follows promote and rollback)";
            case RULE -> "rule on " + model.rule().orElseThrow().feature().expression();
        };
    }

    /**
     * A shutdown hook can no longer be added once the JVM has begun shutting down (here: a signal).
     */
    private static boolean isJvmShuttingDown()
    {
        final Thread probe = new Thread(() -> { }, "ticksignal-shutdown-probe");
        try
        {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        }
        catch (final IllegalStateException ex)
        {
            return true;
        }
    }
}
