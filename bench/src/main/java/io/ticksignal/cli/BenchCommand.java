package io.ticksignal.cli;

import io.ticksignal.bench.suite.JmhSuite;
import io.ticksignal.bench.suite.SuiteMode;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ticksignal bench jmh}: the JMH suite, with results written for the README to quote.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks: the JMH suite (per-update cost and allocation of codecs, features, pipeline).",
    subcommands = { BenchCommand.Jmh.class })
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

        @Override
        public Integer call()
        {
            final String command = "ticksignal bench jmh --mode " + mode.name().toLowerCase(Locale.ROOT) +
                " --include '" + include + "'";
            try
            {
                final Path markdown = new JmhSuite(mode, include, outDirectory, command).run();
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
}
