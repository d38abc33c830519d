package io.ticksignal.bench.suite;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Formats JMH results as a Markdown page: how they were produced, then one row per benchmark
 * and parameter with the score, its error and the allocation per operation.
 */
final class ResultTable
{
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private ResultTable()
    {
    }

    static String markdown(final String command, final SuiteMode mode, final List<RunResult> results)
    {
        final StringBuilder page = new StringBuilder(4096);
        page.append("# JMH results\n\n")
            .append("- command: `").append(command).append("`\n")
            .append("- mode: ").append(mode.name().toLowerCase(Locale.ROOT))
            .append(" (").append(mode.jmhArguments()).append(")\n")
            .append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT)).append('\n')
            .append("- machine: ").append(MachineDescription.hostName()).append(", ")
            .append(MachineDescription.cpuModel()).append(", ").append(MachineDescription.cores()).append(" cores\n")
            .append("- JVM: ").append(MachineDescription.jvm()).append("\n\n")
            .append("| benchmark | parameters | score | ± error | unit | allocated B/op |\n")
            .append("|---|---|---:|---:|---|---:|\n");
        for (final RunResult result : results)
        {
            final Result<?> primary = result.getPrimaryResult();
            final Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
            final String benchmark = result.getParams().getBenchmark();
            page.append("| ").append(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1))
                .append(" | ").append(parameters(result))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f", primary.getScore()))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f", primary.getScoreError()))
                .append(" | ").append(primary.getScoreUnit())
                .append(" | ").append(null == allocation ? "n/a" : String.format(Locale.ROOT, "%.3f", allocation.getScore()))
                .append(" |\n");
        }
        return page.toString();
    }

    private static String parameters(final RunResult result)
    {
        final StringBuilder text = new StringBuilder();
        for (final String key : result.getParams().getParamsKeys())
        {
            if (text.length() > 0)
            {
                text.append(", ");
            }
            text.append('`').append(key).append('=').append(result.getParams().getParam(key)).append('`');
        }
        return text.length() == 0 ? "-" : text.toString();
    }
}
