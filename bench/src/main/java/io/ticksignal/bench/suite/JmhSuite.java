package io.ticksignal.bench.suite;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs the benchmarks whose names match a pattern with the allocation profiler, and writes the
 * JSON that JMH produces plus a Markdown table (command, date, JVM, CPU, cores, every figure).
 * Configuration time only; allocates freely.
 */
public final class JmhSuite
{
    private final SuiteMode mode;
    private final String include;
    private final Path resultsDirectory;
    private final String command;
    private final String tag;

    /**
     * @param mode             quick or full.
     * @param include          JMH include pattern (a regular expression over benchmark names).
     * @param resultsDirectory where the result files go (created if missing).
     * @param command          the command line that started the run, recorded in the results.
     * @param tag              appended to the file names ({@code DATE-HOST-TAG.md}) so that a partial run does not
     *                         replace the whole suite's files; empty for none.
     * @throws IllegalArgumentException for a tag that is not 1-40 letters, digits, '.', '_' or '-'.
     */
    public JmhSuite(
        final SuiteMode mode, final String include, final Path resultsDirectory, final String command,
        final String tag)
    {
        if (!tag.isEmpty() && !tag.matches("[A-Za-z0-9._-]{1,40}"))
        {
            throw new IllegalArgumentException("--tag must be 1-40 letters, digits, '.', '_' or '-': '" + tag + "'");
        }
        this.mode = mode;
        this.include = include;
        this.resultsDirectory = resultsDirectory;
        this.command = command;
        this.tag = tag;
    }

    /**
     * @return the file name stem, {@code DATE-HOST} or {@code DATE-HOST-TAG}.
     */
    String stem()
    {
        final String stem = LocalDate.now(ZoneOffset.UTC) + "-" + MachineDescription.hostName();
        return tag.isEmpty() ? stem : stem + "-" + tag;
    }

    /**
     * Runs the suite and writes the results.
     *
     * @return the Markdown results file.
     * @throws IOException     if the results cannot be written.
     * @throws RunnerException if JMH fails (e.g. no benchmark matches).
     */
    public Path run() throws IOException, RunnerException
    {
        Files.createDirectories(resultsDirectory);
        final String stem = stem();
        final Path json = resultsDirectory.resolve(stem + ".json");
        final Options options = new OptionsBuilder()
            .include(include)
            .addProfiler(GCProfiler.class)
            .forks(mode.forks)
            .warmupIterations(mode.warmupIterations)
            .warmupTime(TimeValue.seconds(mode.warmupSeconds))
            .measurementIterations(mode.measurementIterations)
            .measurementTime(TimeValue.seconds(mode.measurementSeconds))
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString())
            .build();
        final Collection<RunResult> results = new Runner(options).run();
        final Path markdown = resultsDirectory.resolve(stem + ".md");
        Files.writeString(markdown, ResultTable.markdown(command, mode, sorted(results)));
        return markdown;
    }

    private static List<RunResult> sorted(final Collection<RunResult> results)
    {
        final List<RunResult> list = new ArrayList<>(results);
        list.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
        return list;
    }
}
