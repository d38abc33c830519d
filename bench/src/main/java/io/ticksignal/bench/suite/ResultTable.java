package io.ticksignal.bench.suite;

import io.ticksignal.bench.feature.IndicatorUpdateBenchmark;
import io.ticksignal.bench.peer.Ta4jUpdateBenchmark;
import io.ticksignal.bench.peer.TaLibWindowBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats JMH results as a Markdown page: how they were produced, then one row per benchmark
 * and parameter with the score, its error and the allocation per operation; when the run holds
 * our indicator updates and peers' for the same expression, a second table sets them side by
 * side with the peer's time as a multiple of ours.
 */
final class ResultTable
{
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final String EXPRESSION = "expression";
    private static final String OURS = IndicatorUpdateBenchmark.class.getName() + ".update";
    private static final String TA4J = Ta4jUpdateBenchmark.class.getName() + ".update";
    private static final String TALIB = TaLibWindowBenchmark.class.getName() + ".update";

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
            .append(MachineDescription.cpuModel()).append(", ").append(MachineDescription.cores()).append(" cores")
            .append("; load average at the end (1/5/15 min): ").append(MachineDescription.loadAverage()).append('\n')
            .append("- JVM: ").append(MachineDescription.jvm()).append("\n\n")
            .append("| benchmark | parameters | score | ± error | unit | p50 / p99 / p99.9 (sample time) | allocated B/op |\n")
            .append("|---|---|---:|---:|---|---:|---:|\n");
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
                .append(" | ").append(percentiles(result))
                .append(" | ").append(null == allocation ? "n/a" : String.format(Locale.ROOT, "%.3f", allocation.getScore()))
                .append(" |\n");
        }
        appendPeers(page, results);
        return page.toString();
    }

    /**
     * Appends the peers table: one row per expression measured both by us and by at least one
     * peer; one column group per peer and setting (e.g. ta4j's number type).
     */
    private static void appendPeers(final StringBuilder page, final List<RunResult> results)
    {
        final Map<String, RunResult> ours = new LinkedHashMap<>();
        final Map<String, Map<String, RunResult>> peers = new LinkedHashMap<>();
        final List<String> peerColumns = new ArrayList<>();
        for (final RunResult result : results)
        {
            final String benchmark = result.getParams().getBenchmark();
            final String expression = result.getParams().getParam(EXPRESSION);
            if (null == expression)
            {
                continue;
            }
            if (OURS.equals(benchmark))
            {
                ours.put(expression, result);
                continue;
            }
            final String peer = peerName(benchmark);
            if (null == peer)
            {
                continue;
            }
            final String column = peerColumn(peer, result);
            if (!peerColumns.contains(column))
            {
                peerColumns.add(column);
            }
            peers.computeIfAbsent(expression, e -> new LinkedHashMap<>()).put(column, result);
        }
        final List<String> paired = new ArrayList<>();
        for (final String expression : ours.keySet())
        {
            if (peers.containsKey(expression))
            {
                paired.add(expression);
            }
        }
        if (paired.isEmpty())
        {
            return;
        }
        page.append("\n## Peers\n\n")
            .append("Same indicators on the same real 1m bars, same run; ratio = peer ns/op / ours ns/op.\n\n")
            .append("| expression | ours ns/op | ours B/op |");
        for (final String column : peerColumns)
        {
            page.append(' ').append(column).append(" ns/op | ratio | ").append(column).append(" B/op |");
        }
        page.append("\n|---|---:|---:|");
        for (int i = 0; i < peerColumns.size(); i++)
        {
            page.append("---:|---:|---:|");
        }
        page.append('\n');
        for (final String expression : paired)
        {
            final RunResult our = ours.get(expression);
            final double ourScore = our.getPrimaryResult().getScore();
            page.append("| `").append(expression).append("` | ")
                .append(String.format(Locale.ROOT, "%.1f", ourScore)).append(" | ").append(allocation(our)).append(" |");
            final Map<String, RunResult> row = peers.get(expression);
            for (final String column : peerColumns)
            {
                final RunResult peer = row.get(column);
                if (null == peer)
                {
                    page.append(" n/a | n/a | n/a |");
                    continue;
                }
                final double peerScore = peer.getPrimaryResult().getScore();
                page.append(' ').append(String.format(Locale.ROOT, "%.1f", peerScore))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f\u00d7", peerScore / ourScore))
                    .append(" | ").append(allocation(peer)).append(" |");
            }
            page.append('\n');
        }
    }

    private static String peerName(final String benchmark)
    {
        if (TA4J.equals(benchmark))
        {
            return Ta4jUpdateBenchmark.PEER_NAME;
        }
        if (TALIB.equals(benchmark))
        {
            return TaLibWindowBenchmark.PEER_NAME;
        }
        return null;
    }

    /**
     * @return the peer's name with its parameters other than the expression, e.g. {@code ta4j (num=double)}.
     */
    private static String peerColumn(final String peer, final RunResult result)
    {
        final StringBuilder column = new StringBuilder(peer);
        boolean first = true;
        for (final String key : result.getParams().getParamsKeys())
        {
            if (EXPRESSION.equals(key))
            {
                continue;
            }
            column.append(first ? " (" : ", ").append(key).append('=').append(result.getParams().getParam(key));
            first = false;
        }
        return first ? column.toString() : column.append(')').toString();
    }

    /**
     * @return p50 / p99 / p99.9 of a sample-time result, in its unit; "-" for other modes.
     */
    static String percentiles(final RunResult result)
    {
        if (Mode.SampleTime != result.getParams().getMode())
        {
            return "-";
        }
        final Statistics statistics = result.getPrimaryResult().getStatistics();
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", statistics.getPercentile(50.0),
            statistics.getPercentile(99.0), statistics.getPercentile(99.9));
    }

    private static String allocation(final RunResult result)
    {
        final Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        return null == allocation ? "n/a" : String.format(Locale.ROOT, "%.1f", allocation.getScore());
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
