package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.ticksignal.engine.counters.CountersFileException;
import io.ticksignal.engine.counters.CountersFileReader;
import io.ticksignal.engine.counters.CountersFileReader.Sample;
import io.ticksignal.engine.monitor.DriftStat;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SystemEpochClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal stat}: prints the counters of a running engine, read from its counters file.
 */
@Command(
    name = "stat",
    header = "Print the counters of a running engine.",
    mixinStandardHelpOptions = true,
    description = {
        "Print every counter (label and value) of a running engine, read from its counters file;",
        "with --watch, again every SECONDS with the rate per second. Exits 1 when no engine runs.",
        "An engine that monitors drift also gets readable lines: PSI per feature, rolling accuracy, alerts." },
    footer = {
        "",
        "Examples:",
        "  ticksignal stat                                  the demo engine's counters",
        "  ticksignal stat --config engine.yaml --watch 1   live, once a second, until Ctrl-C",
        "  ticksignal stat --counters /tmp/ticksignal/ticksignal-demo/counters.dat --json" })
final class StatCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "The engine's configuration; its counters.file is read. Default: the bundled demo configuration.")
    Path config;

    @Option(names = "--counters", paramLabel = "FILE", description = "The counters file to read (instead of --config).")
    Path counters;

    @Option(names = "--watch", paramLabel = "SECONDS",
        description = "Print again every SECONDS (may be fractional), with rates per second, until Ctrl-C.")
    Double watchSeconds;

    @Option(names = "--samples", paramLabel = "N",
        description = "With --watch: stop after N samples (default: until Ctrl-C or the engine stops).")
    Long samples;

    @Option(names = "--json", description = "One JSON object per sample on one line, nothing else.")
    boolean json;

    private final EpochClock clock = SystemEpochClock.INSTANCE;

    @Override
    public Integer call()
    {
        if (null != config && null != counters)
        {
            throw new ParameterException(spec.commandLine(), "give either --config or --counters, not both");
        }
        if (null != watchSeconds && !(watchSeconds > 0 && watchSeconds <= TimeUnit.DAYS.toSeconds(1)))
        {
            throw new ParameterException(spec.commandLine(), "--watch must be between 0 and 86400 seconds: " + watchSeconds);
        }
        if (null != samples && (null == watchSeconds || samples < 1))
        {
            throw new ParameterException(spec.commandLine(), "--samples N (N >= 1) goes with --watch");
        }
        final Path file = null != counters ? counters : ClientOptions.loadConfig(config).counters().file();
        try (CountersFileReader reader = CountersFileReader.open(file, clock, CountersFileReader.DEFAULT_STALE_AFTER_MS))
        {
            if (null == watchSeconds)
            {
                print(reader, reader.sample(), null, 0);
                return 0;
            }
            return watch(reader);
        }
        catch (final CountersFileException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
    }

    private int watch(final CountersFileReader reader)
    {
        final long periodNs = (long)(watchSeconds * 1e9);
        Map<Integer, Long> previous = null;
        long previousNs = 0;
        for (long sample = 1; null == samples || sample <= samples; sample++)
        {
            if (sample > 1)
            {
                LockSupport.parkNanos(Math.max(0, previousNs + periodNs - System.nanoTime()));
                if (Thread.currentThread().isInterrupted())
                {
                    return 0;
                }
            }
            reader.requireRunning();
            final long nowNs = System.nanoTime();
            final List<Sample> current = reader.sample();
            print(reader, current, previous, nowNs - previousNs);
            previous = valuesById(current);
            previousNs = nowNs;
        }
        return 0;
    }

    private static Map<Integer, Long> valuesById(final List<Sample> samples)
    {
        final Map<Integer, Long> values = new HashMap<>();
        for (final Sample sample : samples)
        {
            values.put(sample.counterId(), sample.value());
        }
        return values;
    }

    private static double rate(final Sample sample, final Map<Integer, Long> previous, final long intervalNs)
    {
        final Long before = null == previous ? null : previous.get(sample.counterId());
        return null == before || intervalNs <= 0 ? Double.NaN : (sample.value() - before) * 1e9 / intervalNs;
    }

    private void print(
        final CountersFileReader reader, final List<Sample> current, final Map<Integer, Long> previous, final long intervalNs)
    {
        final PrintWriter out = spec.commandLine().getOut();
        out.println(json ? jsonLine(reader, current, previous, intervalNs) : text(reader, current, previous, intervalNs));
        out.flush();
    }

    private String text(
        final CountersFileReader reader, final List<Sample> current, final Map<Integer, Long> previous, final long intervalNs)
    {
        final StringBuilder text = new StringBuilder();
        final Duration uptime = Duration.ofMillis(Math.max(0, clock.time() - reader.startTimeMs()));
        text.append(String.format(Locale.ROOT, "engine %s (pid %d), up %s, counters %s at %s%n", reader.engineName(), reader.pid(),
            uptime(uptime), reader.file(), Instant.ofEpochMilli(clock.time())));
        final boolean rates = null != watchSeconds;
        text.append(rates ? String.format(Locale.ROOT, "%4s %20s %14s  %s%n", "id", "value", "rate/s", "label") :
            String.format(Locale.ROOT, "%4s %20s  %s%n", "id", "value", "label"));
        for (final Sample sample : current)
        {
            if (rates)
            {
                final double rate = rate(sample, previous, intervalNs);
                text.append(String.format(Locale.ROOT, "%4d %20d %14s  %s%n", sample.counterId(), sample.value(),
                    Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f", rate), sample.label()));
            }
            else
            {
                text.append(String.format(Locale.ROOT, "%4d %20d  %s%n", sample.counterId(), sample.value(), sample.label()));
            }
        }
        final List<String> drift = DriftStat.lines(current);
        if (!drift.isEmpty())
        {
            text.append(String.format(Locale.ROOT, "%nmonitoring%n"));
            for (final String line : drift)
            {
                text.append("  ").append(line).append(String.format(Locale.ROOT, "%n"));
            }
        }
        return text.toString().stripTrailing();
    }

    private String jsonLine(
        final CountersFileReader reader, final List<Sample> current, final Map<Integer, Long> previous, final long intervalNs)
    {
        final StringBuilder line = new StringBuilder(256);
        line.append("{\"timeMs\":").append(clock.time()).append(",\"engine\":");
        JsonText.appendString(line, reader.engineName());
        line.append(",\"pid\":").append(reader.pid())
            .append(",\"startTimeMs\":").append(reader.startTimeMs()).append(",\"countersFile\":");
        JsonText.appendString(line, reader.file().toString()).append(",\"counters\":[");
        for (int i = 0; i < current.size(); i++)
        {
            final Sample sample = current.get(i);
            line.append(i > 0 ? ",{" : "{").append("\"id\":").append(sample.counterId())
                .append(",\"typeId\":").append(sample.typeId()).append(",\"label\":");
            JsonText.appendString(line, sample.label()).append(",\"value\":").append(sample.value());
            if (null != watchSeconds)
            {
                line.append(",\"ratePerSecond\":");
                JsonText.appendNumber(line, rate(sample, previous, intervalNs));
            }
            line.append('}');
        }
        return line.append("]}").toString();
    }

    private static String uptime(final Duration uptime)
    {
        return String.format(Locale.ROOT, "%d:%02d:%02d", uptime.toHours(), uptime.toMinutesPart(), uptime.toSecondsPart());
    }
}
