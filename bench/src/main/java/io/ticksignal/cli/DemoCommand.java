package io.ticksignal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.CsvFeed;
import io.ticksignal.engine.client.FeedProgress;
import io.ticksignal.engine.client.FeedSpeed;
import io.ticksignal.engine.client.FeedSummary;
import io.ticksignal.engine.client.OfferRetry;
import io.ticksignal.engine.client.RetryMode;
import io.ticksignal.engine.client.SignalListener;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.client.SignalView;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.engine.runtime.EngineSummary;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal demo}: the whole loop in one process on the bundled demo configuration, with every path in a
 * fresh temp directory: embedded driver + engine, the reference feed playing the real Bitstamp trades at full
 * speed, and a strategy subscribed to the signals. The engine scores with the demo model bundle
 * ({@code config/models/demo-btc/1}, carried in the jar and extracted into the run directory) unless
 * {@code --model rule} asks for the configuration's built-in rule, for comparison.
 */
@Command(
    name = "demo",
    header = "The whole loop in one process on the real Bitstamp trades, then a backtest of its journal.",
    mixinStandardHelpOptions = true,
    description = {
        "The whole loop in one process: an embedded media driver and the engine on the bundled demo",
        "configuration (paths in a new temp directory), the reference feed playing the real Bitstamp BTC/USD",
        "trades at full speed, and a strategy subscribed to the signals. Prints events in, rejections,",
        "signals out (samples and counts by direction), latency percentiles and the journal's path.",
        "The engine scores with the demo model bundle demo-btc (a logistic regression on 1m features of",
        "the same trades; see README, Models) or, with --model rule, with demo.yaml's built-in rule." },
    footer = {
        "",
        "Examples:",
        "  ticksignal demo",
        "  ticksignal demo --trades 20000 --samples 10",
        "  ticksignal demo --model rule" })
final class DemoCommand implements Callable<Integer>
{
    private static final long ENGINE_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(60);
    private static final long DELIVERY_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--trades", paramLabel = "N", description = "Play only the first N trades (default: all 100,000).")
    Long trades;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "5",
        description = "Signals to print as samples. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bundle",
        converter = DemoModel.Converter.class,
        description = "bundle: the demo model bundle demo-btc; rule: demo.yaml's built-in rule. " +
            "Default: ${DEFAULT-VALUE}.")
    DemoModel model;

    private final NanoClock clock = SystemNanoClock.INSTANCE;

    @Override
    public Integer call()
    {
        if (null != trades && trades < 1)
        {
            throw new UserErrorException("--trades must be at least 1: " + trades);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final Path runDirectory = newRunDirectory();
        final TicksignalConfig config = model.configure(new ConfigLoader(runDirectory).loadDemo(), runDirectory);
        final InstrumentConfig btcUsd = config.instrument("BTC-USD").orElseThrow();
        out.println("demo: run directory " + runDirectory);
        out.println("demo: model " + model.describe(config));
        out.flush();

        // The drift monitor's alert lines go to a file, not between the demo's lines (the backtest sums them up).
        final Path driftAlerts = runDirectory.resolve("drift-alerts.txt");
        final PrintStream driftAlertOut = openDriftAlerts(driftAlerts);
        final EngineRuntime engine;
        try
        {
            engine = EngineRuntime.launch(new EngineRuntimeContext().config(config).driftAlertOut(driftAlertOut));
        }
        catch (final RuntimeException ex)
        {
            driftAlertOut.close();
            throw ex;
        }
        final FeedSummary fed;
        final DemoStrategy strategy;
        try
        {
            strategy = new DemoStrategy(engine.aeron(), config, Math.max(0, samples));
            try
            {
                await(strategy::isConnected, DELIVERY_TIMEOUT_NS, "the strategy to subscribe");
                fed = feed(engine, config.aeron().marketData(), btcUsd);
                await(() -> engine.counters().inputsReceived().get() >= fed.messagesSent(), ENGINE_TIMEOUT_NS,
                    "the engine to take every trade");
                await(() -> strategy.received() >= signalsEmitted(engine), DELIVERY_TIMEOUT_NS,
                    "the strategy to receive every signal");
            }
            finally
            {
                strategy.close();
            }
        }
        finally
        {
            engine.close();
            driftAlertOut.close();
        }
        final EngineSummary summary = engine.summary();
        print(out, fed, strategy, summary);
        out.println("demo: drift monitor alert lines: " + lineCount(driftAlerts) + " in " + driftAlerts);
        return backtest(summary, config, runDirectory.resolve("report"));
    }

    /**
     * The demo's last step: the backtest of its own journal, through the same command a user runs
     * ({@code ticksignal backtest}), so its report shows what the run just produced. With the demo bundle it passes
     * {@code --bundle} too: the replay through the same model reproduces the journaled signals and gives the report
     * its drift section (the bundle carries training histograms and its label).
     */
    private int backtest(final EngineSummary summary, final TicksignalConfig config, final Path reportDirectory)
    {
        final PrintWriter out = spec.commandLine().getOut();
        if (null == summary.journalDirectory())
        {
            out.println("demo: no backtest: the journal is disabled (journal.mode)");
            out.flush();
            return 0;
        }
        final List<String> arguments = new ArrayList<>(List.of("backtest", "--journal",
            summary.journalDirectory().toString()));
        config.model().bundleDirectory().ifPresent(bundle -> arguments.addAll(List.of("--bundle", bundle.toString())));
        arguments.addAll(List.of("--cost-bps", "1", "--horizon", "5", "--out", reportDirectory.toString()));
        out.println("demo: backtest of this run's journal (ticksignal " + String.join(" ", arguments) + ")");
        out.flush();
        final CommandLine backtest = TicksignalMain.newCommandLine();
        backtest.setOut(out);
        backtest.setErr(spec.commandLine().getErr());
        return backtest.execute(arguments.toArray(new String[0]));
    }

    private static PrintStream openDriftAlerts(final Path file)
    {
        try
        {
            return new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + file, ex);
        }
    }

    private static long lineCount(final Path file)
    {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8))
        {
            return lines.count();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    private static Path newRunDirectory()
    {
        try
        {
            return Files.createTempDirectory("ticksignal-demo-").toAbsolutePath();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create the demo's temp directory", ex);
        }
    }

    private FeedSummary feed(final EngineRuntime engine, final AeronStreamConfig stream, final InstrumentConfig btcUsd)
    {
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), stream.channel(), stream.streamId());
            MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            await(publisher::isConnected, DELIVERY_TIMEOUT_NS, "the engine to subscribe to market data");
            final OfferRetry retry = new OfferRetry(IdleStrategies.newBackoff(), clock, TimeUnit.SECONDS.toNanos(10),
                RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED);
            final CsvFeed feed = new CsvFeed(publisher, retry, FeedSpeed.MAX, clock, IdleStrategies.newBackoff());
            return feed.run(reader, btcUsd, 0, null == trades ? Long.MAX_VALUE : trades, FeedProgress.NONE);
        }
    }

    private static long signalsEmitted(final EngineRuntime engine)
    {
        long emitted = 0;
        for (final Direction direction : Direction.values())
        {
            if (Direction.NULL_VAL != direction)
            {
                emitted += engine.counters().signals(direction.value()).get();
            }
        }
        return emitted;
    }

    private void await(final BooleanSupplier condition, final long timeoutNs, final String what)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MILLISECONDS.toNanos(1));
        final long deadlineNs = clock.nanoTime() + timeoutNs;
        while (!condition.getAsBoolean())
        {
            if (clock.nanoTime() - deadlineNs >= 0)
            {
                spec.commandLine().getErr().println("demo: gave up waiting for " + what + " after " +
                    TimeUnit.NANOSECONDS.toSeconds(timeoutNs) + " s");
                return;
            }
            idle.idle();
        }
    }

    private static void print(
        final PrintWriter out, final FeedSummary fed, final DemoStrategy strategy, final EngineSummary summary)
    {
        out.printf(Locale.ROOT, "demo: fed %d real Bitstamp BTC/USD trades in %.3f s (%.0f msg/s)%n",
            fed.messagesSent(), fed.elapsedNs() / 1e9, fed.messagesPerSecond());
        out.println("demo: events in: " + summary.inputsReceived() + " (" + summary.inputsAccepted() +
            " accepted, " + summary.inputsRejected() + " rejected" +
            (summary.rejectedByReason().isEmpty() ? "" : " " + summary.rejectedByReason()) + ")");
        out.println("demo: signals out: " + summary.signals() + " " + summary.signalsByDirection() +
            "; the strategy received " + strategy.received() + " " + strategy.byDirection());
        for (final String sample : strategy.samples())
        {
            out.println("demo:   " + sample);
        }
        for (final var latency : summary.latency())
        {
            out.println("demo: latency " + latency.line());
        }
        out.println("demo: journal " + summary.journalDirectory() + " (" + summary.journalDocuments() +
            " documents)");
        out.println("demo: latency histograms " + summary.latencyFile());
        out.println("demo: errors " + summary.errors() + (summary.distinctErrors().isEmpty() ? "" :
            " " + summary.distinctErrors()));
        out.flush();
    }

    /**
     * The demo's strategy: a {@link SignalSubscriber} polled on its own thread; counts by direction and keeps the
     * first few signals as text.
     */
    private static final class DemoStrategy implements Agent, SignalListener, AutoCloseable
    {
        private final SignalSubscriber subscriber;
        private final AgentRunner runner;
        private final Map<Integer, String> symbols = new LinkedHashMap<>();
        private final long[] byDirection = new long[Direction.values().length];
        private final List<String> samples = new CopyOnWriteArrayList<>();
        private final int sampleCount;
        private volatile long received;

        DemoStrategy(final io.aeron.Aeron aeron, final TicksignalConfig config, final int sampleCount)
        {
            config.instruments().forEach((instrument) -> symbols.put(instrument.id(), instrument.symbol()));
            this.sampleCount = sampleCount;
            final AeronStreamConfig stream = config.aeron().signals();
            subscriber = SignalSubscriber.create(aeron, stream.channel(), stream.streamId(), this);
            runner = new AgentRunner(IdleStrategies.newBackoff(), (error) -> samples.add("strategy error: " + error),
                null, this);
            AgentRunner.startOnThread(runner);
        }

        @Override
        public int doWork()
        {
            return subscriber.poll(64);
        }

        @Override
        public String roleName()
        {
            return "ticksignal-demo-strategy";
        }

        @Override
        public void onSignal(
            final int instrumentId, final long eventTimeNs, final Direction direction, final double confidence,
            final long modelVersion, final long engineSequence, final long ingressToDecisionNs,
            final SignalView signal)
        {
            byDirection[direction.ordinal()]++;
            if (samples.size() < sampleCount)
            {
                samples.add(String.format(Locale.ROOT, "%-4s %s at %s confidence %.3f (engine sequence %d, %s v%d, " +
                    "receive to decision %.1f us)", direction, symbols.getOrDefault(instrumentId, "#" + instrumentId),
                    Instant.ofEpochSecond(0, eventTimeNs), confidence, engineSequence, signal.modelId(),
                    modelVersion, ingressToDecisionNs / 1000.0));
            }
            received++;
        }

        boolean isConnected()
        {
            return subscriber.isConnected();
        }

        long received()
        {
            return received;
        }

        Map<String, Long> byDirection()
        {
            final Map<String, Long> counts = new LinkedHashMap<>();
            for (final Direction direction : Direction.values())
            {
                if (Direction.NULL_VAL != direction)
                {
                    counts.put(direction.name(), byDirection[direction.ordinal()]);
                }
            }
            return counts;
        }

        List<String> samples()
        {
            return new ArrayList<>(samples);
        }

        @Override
        public void close()
        {
            runner.close();
            subscriber.close();
        }
    }
}
