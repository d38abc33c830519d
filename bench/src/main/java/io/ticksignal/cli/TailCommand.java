package io.ticksignal.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.aeron.NoMediaDriverException;
import io.ticksignal.engine.client.SignalListener;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.client.SignalView;
import org.agrona.concurrent.IdleStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal tail}: subscribes to the engine's signals and prints one line per signal.
 */
@Command(
    name = "tail",
    header = "Print the engine's signals as they arrive, one line (or JSON object) each.",
    mixinStandardHelpOptions = true,
    description = {
        "Subscribe to the engine's signals and print one line per signal: event time (ISO-8601 UTC),",
        "instrument, direction, confidence, class probabilities, model, engine sequence and",
        "receive-to-decision latency; or one JSON object per line with --json. Runs until --count",
        "signals or Ctrl-C. Joins the engine's media driver; start the engine first." },
    footer = {
        "",
        "Examples:",
        "  ticksignal tail                              the demo engine's signals",
        "  ticksignal tail --config engine.yaml --json --count 100" })
final class TailCommand implements Callable<Integer>
{
    private static final int FRAGMENT_LIMIT = 16;

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = "--json", description = "One JSON object per signal per line, and nothing else on standard output.")
    boolean json;

    @Option(names = { "-n", "--count" }, paramLabel = "N", description = "Exit after N signals (default: run until Ctrl-C).")
    Long count;

    private final StringBuilder line = new StringBuilder(256);
    private final Map<Integer, String> symbols = new HashMap<>();
    private volatile boolean running = true;
    private long printed;

    @Override
    public Integer call()
    {
        if (null != count && count < 1)
        {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1: " + count);
        }
        final TicksignalConfig config = client.loadConfig();
        for (final InstrumentConfig instrument : config.instruments())
        {
            symbols.put(instrument.id(), instrument.symbol());
        }
        final AeronStreamConfig stream = client.stream(config.aeron().signals());
        final PrintWriter out = spec.commandLine().getOut();
        final SignalListener listener = this::onSignal;
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread hook = new Thread(() -> stopOnSignal(stopped), "ticksignal-tail-shutdown");
        try (AeronSession session = AeronSession.forClient(client.driverDirectory(config), null);
            SignalSubscriber subscriber = SignalSubscriber.create(
                session.aeron(), stream.channel(), stream.streamId(), listener))
        {
            if (null != System.console())
            {
                spec.commandLine().getErr().printf("tail: listening on %s stream %d (driver %s)%n",
                    stream.channel(), stream.streamId(), session.directory()).flush();
            }
            Runtime.getRuntime().addShutdownHook(hook);
            poll(subscriber);
            out.flush();
            return 0;
        }
        catch (final NoMediaDriverException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        finally
        {
            stopped.countDown();
            removeHook(hook);
        }
    }

    private void poll(final SignalSubscriber subscriber)
    {
        final IdleStrategy idle = IdleStrategies.newBackoff();
        while (running && (null == count || printed < count))
        {
            idle.idle(subscriber.poll(null == count ? FRAGMENT_LIMIT : 1));
        }
    }

    private void stopOnSignal(final CountDownLatch stopped)
    {
        running = false;
        try
        {
            stopped.await(1, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(final Thread hook)
    {
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException ex)
        {
            // The JVM is shutting down (Ctrl-C): the hook is running and ends on its own.
            return;
        }
    }

    private void onSignal(
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final long modelVersion,
        final long engineSequence,
        final long ingressToDecisionNs,
        final SignalView signal)
    {
        if (null != count && printed >= count)
        {
            return;
        }
        line.setLength(0);
        if (json)
        {
            appendJson(instrumentId, eventTimeNs, direction, confidence, modelVersion, engineSequence,
                ingressToDecisionNs, signal);
        }
        else
        {
            appendText(instrumentId, eventTimeNs, direction, confidence, modelVersion, engineSequence,
                ingressToDecisionNs, signal);
        }
        final PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        printed++;
    }

    private void appendText(
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final long modelVersion,
        final long engineSequence,
        final long ingressToDecisionNs,
        final SignalView signal)
    {
        line.append(isoTime(eventTimeNs)).append(' ').append(symbol(instrumentId)).append(' ')
            .append(direction.name()).append(" confidence=").append(String.format(Locale.ROOT, "%.4f", confidence)).append(" p=[");
        for (int i = 0; i < signal.probabilityCount(); i++)
        {
            line.append(i > 0 ? " " : "").append(signal.label(i)).append(':')
                .append(String.format(Locale.ROOT, "%.4f", signal.probability(i)));
        }
        line.append("] model=").append(signal.modelId()).append(" v").append(modelVersion)
            .append(" seq=").append(engineSequence)
            .append(" latency=").append(String.format(Locale.ROOT, "%.1f", ingressToDecisionNs / 1000.0)).append("us");
    }

    private void appendJson(
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final long modelVersion,
        final long engineSequence,
        final long ingressToDecisionNs,
        final SignalView signal)
    {
        line.append("{\"eventTime\":");
        JsonText.appendString(line, isoTime(eventTimeNs));
        line.append(",\"eventTimeNs\":").append(eventTimeNs)
            .append(",\"instrumentId\":").append(instrumentId).append(",\"symbol\":");
        final String symbol = symbols.get(instrumentId);
        if (null == symbol)
        {
            line.append("null");
        }
        else
        {
            JsonText.appendString(line, symbol);
        }
        line.append(",\"direction\":\"").append(direction.name()).append("\",\"confidence\":");
        JsonText.appendNumber(line, confidence).append(",\"probabilities\":[");
        for (int i = 0; i < signal.probabilityCount(); i++)
        {
            line.append(i > 0 ? ",{\"label\":" : "{\"label\":");
            JsonText.appendString(line, signal.label(i)).append(",\"probability\":");
            JsonText.appendNumber(line, signal.probability(i)).append('}');
        }
        line.append("],\"modelId\":");
        JsonText.appendString(line, signal.modelId());
        line.append(",\"modelVersion\":").append(modelVersion)
            .append(",\"engineSequence\":").append(engineSequence)
            .append(",\"ingressToDecisionNs\":").append(ingressToDecisionNs).append('}');
    }

    private String symbol(final int instrumentId)
    {
        final String symbol = symbols.get(instrumentId);
        return null == symbol ? "#" + instrumentId : symbol;
    }

    private static String isoTime(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L))
            .toString();
    }
}
