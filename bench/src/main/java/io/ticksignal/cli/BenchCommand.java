package io.ticksignal.cli;

import io.ticksignal.bench.e2e.E2eHarness;
import io.ticksignal.bench.e2e.E2eSettings;
import io.ticksignal.bench.gc.GcRun;
import io.ticksignal.bench.gc.GcRunSettings;
import io.ticksignal.bench.suite.JmhSuite;
import io.ticksignal.bench.suite.SuiteMode;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.JournalMode;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

/**
 * {@code ticksignal bench jmh|e2e|gc}: the JMH suite, the end-to-end harness and the GC run, with results written
 * for the README to quote.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Benchmarks: the JMH suite (per-update cost and allocation of codecs, features, pipeline),",
        "the end-to-end harness (tick-to-signal latency at fixed offered rates)",
        "and the GC run (GC cycles after warm-up over 10 million events, resident memory)." },
    subcommands = { BenchCommand.Jmh.class, BenchCommand.E2e.class, BenchCommand.Gc.class })
final class BenchCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs JMH with the allocation profiler and writes DATE-HOST.json and .md.
     */
    @Command(
        name = "jmh",
        mixinStandardHelpOptions = true,
        description = {
            "Run the JMH benchmarks with the allocation profiler (-prof gc) and write",
            "OUT/DATE-HOST.json and OUT/DATE-HOST.md (command, date, JVM, CPU, cores, every figure).",
            "quick: 1 fork, 2x1s warm-up, 3x1s measurement (about 10 minutes for the whole suite, peers included, on 2 cores);",
            "full: 2 forks, 5x2s warm-up, 5x2s measurement." })
    static final class Jmh implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--mode", paramLabel = "MODE", defaultValue = "QUICK",
            description = "quick or full. Default: quick.")
        SuiteMode mode;

        @Option(names = "--include", paramLabel = "REGEX", defaultValue = "io\\.ticksignal\\.bench\\..*",
            description = "Benchmarks to run (a regular expression over their names). Default: all.")
        String include;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "bench/results",
            description = "Directory for the result files. Default: ${DEFAULT-VALUE}")
        Path outDirectory;

        @Option(names = "--tag", paramLabel = "NAME", defaultValue = "",
            description = "Appended to the result file names (OUT/DATE-HOST-NAME.md), e.g. for a subset run.")
        String tag;

        @Override
        public Integer call()
        {
            final String command = "ticksignal bench jmh --mode " + mode.name().toLowerCase(Locale.ROOT) +
                " --include '" + include + "'" + (tag.isEmpty() ? "" : " --tag " + tag);
            final JmhSuite suite;
            try
            {
                suite = new JmhSuite(mode, include, outDirectory, command, tag);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserErrorException(ex.getMessage(), ex);
            }
            try
            {
                final Path markdown = suite.run();
                spec.commandLine().getOut().println("results: " + markdown + " (and .json beside it)");
                spec.commandLine().getOut().flush();
                return 0;
            }
            catch (final IOException ex)
            {
                throw new UserErrorException("cannot write results into " + outDirectory.toAbsolutePath() + " (" + ex +
                    "); choose a writable directory with --out DIR", ex);
            }
            catch (final RunnerException ex)
            {
                throw new UserErrorException("JMH failed: " + ex.getMessage() +
                    "; check --include (it must match benchmark names such as io.ticksignal.bench.feature.*)", ex);
            }
        }
    }

    /**
     * Runs the end-to-end harness and writes DATE-HOST-e2e.json and .md.
     */
    @Command(
        name = "e2e",
        mixinStandardHelpOptions = true,
        description = {
            "End-to-end tick-to-signal latency in one process: an embedded driver and the engine (demo",
            "configuration, every decision emitted), a sender offering real Bitstamp trades at each fixed rate,",
            "and a subscriber timing each signal against the intended send time of its trade (coordinated",
            "omission corrected, HdrHistogram); then a bare Aeron IPC ping-pong on the same driver as the floor.",
            "Writes OUT/DATE-HOST-e2e.json and OUT/DATE-HOST-e2e.md. The sender and subscriber spin while measuring." })
    static final class E2e implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--rates", paramLabel = "MSG_PER_S", split = ",", defaultValue = "10000,100000,500000",
            description = "Offered rates, msg/s, comma-separated. Default: ${DEFAULT-VALUE}.")
        List<Long> rates;

        @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
            description = "Measured seconds per rate (and for the ping-pong floor). Default: ${DEFAULT-VALUE}.")
        double seconds;

        @Option(names = "--warmup-seconds", paramLabel = "N", defaultValue = "2",
            description = "Warm-up seconds before each measurement, not recorded. Default: ${DEFAULT-VALUE}.")
        double warmUpSeconds;

        @Option(names = "--journal", paramLabel = "MODE", defaultValue = "enabled",
            description = "enabled or disabled: whether the engine journals. Default: ${DEFAULT-VALUE}.")
        JournalMode journal;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "bench/results",
            description = "Directory for the result files. Default: ${DEFAULT-VALUE}")
        Path outDirectory;

        @Override
        public Integer call()
        {
            final String command = "ticksignal bench e2e --rates " +
                rates.stream().map(String::valueOf).collect(Collectors.joining(",")) +
                " --seconds " + number(seconds) + " --warmup-seconds " + number(warmUpSeconds) +
                " --journal " + journal.configName();
            final E2eSettings settings;
            try
            {
                settings = new E2eSettings(rates, seconds, warmUpSeconds, journal, outDirectory, command);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserErrorException(ex.getMessage(), ex);
            }
            try
            {
                final Path markdown = new E2eHarness(settings).run();
                spec.commandLine().getOut().println("results: " + markdown + " (and .json beside it)");
                spec.commandLine().getOut().flush();
                return 0;
            }
            catch (final IOException ex)
            {
                throw new UserErrorException("cannot write results into " + outDirectory.toAbsolutePath() + " (" + ex +
                    "); choose a writable directory with --out DIR", ex);
            }
        }

        private static String number(final double value)
        {
            return value == Math.rint(value) ? Long.toString((long)value) : Double.toString(value);
        }
    }

    /**
     * Runs the engine over ten million events in a child JVM with a small heap and GC logging; writes
     * DATE-HOST-gc.md, .json and -log.txt.
     */
    @Command(
        name = "gc",
        mixinStandardHelpOptions = true,
        description = {
            "GC cycles and resident memory of the real engine over 10 million events, small heap.",
            "Starts a child JVM with a small fixed heap (-Xms = -Xmx) and GC logging (-Xlog:gc*)",
            "that runs the real engine (demo configuration, demo bundle, journal on) and sends it",
            "EVENTS real Bitstamp trades (cycled, times shifted forward, unique trade ids) over Aeron IPC as fast",
            "as it takes them; counts GC cycles at start-up, in the warm-up and after it (collector counts and the",
            "GC log) and reads the process's resident memory (/proc/PID/status: VmRSS, VmHWM).",
            "Writes OUT/DATE-HOST-gc.md, .json and the GC log as -log.txt",
            "(-nojournal in the names with --journal disabled)." })
    static final class Gc implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--events", paramLabel = "N", defaultValue = "10000000",
            description = "Events to send, warm-up included. Default: ${DEFAULT-VALUE}.")
        long events;

        @Option(names = "--warmup-events", paramLabel = "N", defaultValue = "1000000",
            description = "The first events, whose GC cycles count as warm-up. Default: ${DEFAULT-VALUE}.")
        long warmUpEvents;

        @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "64m",
            description = "The child JVM's heap, -Xms and -Xmx. Default: ${DEFAULT-VALUE}.")
        String heap;

        @Option(names = "--journal", paramLabel = "MODE", defaultValue = "enabled",
            description = "enabled or disabled: whether the engine journals. Default: ${DEFAULT-VALUE}.")
        JournalMode journal;

        @Option(names = "--bundle", paramLabel = "DIR",
            description = "The model bundle the engine scores with. Default: the demo bundle demo-btc.")
        Path bundle;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "bench/results",
            description = "Directory for the result files. Default: ${DEFAULT-VALUE}")
        Path outDirectory;

        @Override
        public Integer call() throws IOException
        {
            final String command = "ticksignal bench gc --events " + events + " --warmup-events " + warmUpEvents +
                " --heap " + heap + " --journal " + journal.configName() +
                (null == bundle ? "" : " --bundle " + bundle);
            final Path scratch = Files.createTempDirectory("ticksignal-gc-bundle-");
            try
            {
                final Path model = null != bundle ? bundle : DemoModel.BUNDLE
                    .configure(new ConfigLoader(scratch).loadDemo(), scratch).model().bundleDirectory().orElseThrow();
                final GcRunSettings settings;
                try
                {
                    settings = new GcRunSettings(events, warmUpEvents, heap, journal, model, outDirectory, command);
                }
                catch (final IllegalArgumentException ex)
                {
                    throw new UserErrorException(ex.getMessage(), ex);
                }
                final Path markdown = new GcRun(settings).run();
                spec.commandLine().getOut().println("results: " + markdown + " (and .json and -log.txt beside it)");
                spec.commandLine().getOut().flush();
                return 0;
            }
            finally
            {
                deleteRecursively(scratch);
            }
        }

        private static void deleteRecursively(final Path directory) throws IOException
        {
            try (Stream<Path> paths = Files.walk(directory))
            {
                for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
