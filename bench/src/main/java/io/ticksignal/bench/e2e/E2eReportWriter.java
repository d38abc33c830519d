package io.ticksignal.bench.e2e;

import static io.ticksignal.bench.suite.ResultJson.field;
import static io.ticksignal.bench.suite.ResultJson.format;
import static io.ticksignal.bench.suite.ResultJson.number;
import static io.ticksignal.bench.suite.ResultJson.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.ticksignal.config.JournalMode;

/**
 * Writes one run's {@link E2eReport} as {@code DATE-HOST-e2e.json} and {@code DATE-HOST-e2e.md}; with the journal
 * disabled as {@code DATE-HOST-e2e-nojournal.json} and {@code .md}, so that both runs of a day stay side by side.
 */
final class E2eReportWriter
{
    private final E2eReport report;

    E2eReportWriter(final E2eReport report)
    {
        this.report = report;
    }

    /**
     * @param directory created if absent.
     * @return the Markdown file.
     * @throws IOException if a file cannot be written.
     */
    Path write(final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        final String stem = report.dateUtc() + "-" + report.host() + "-e2e" +
            (JournalMode.ENABLED == report.settings().journalMode() ? "" : "-nojournal");
        Files.writeString(directory.resolve(stem + ".json"), json());
        final Path markdown = directory.resolve(stem + ".md");
        Files.writeString(markdown, markdown());
        return markdown;
    }

    String json()
    {
        final StringBuilder out = new StringBuilder(4096);
        out.append("{\n");
        field(out, "command", quote(report.settings().command()));
        field(out, "date", quote(report.dateUtc()));
        field(out, "started", quote(report.startedUtc()));
        field(out, "host", quote(report.host()));
        field(out, "cpu", quote(report.cpu()));
        field(out, "cores", Integer.toString(report.cores()));
        field(out, "jvm", quote(report.jvm()));
        field(out, "loadAverages", quote(report.loadAverages()));
        field(out, "journal", quote(report.settings().journalMode().configName()));
        field(out, "secondsPerRate", number(report.settings().measureSeconds()));
        field(out, "warmUpSecondsPerRate", number(report.settings().warmUpSeconds()));
        field(out, "sustainedCriterion", quote(criterion()));
        field(out, "sustainedP99BoundNs", Long.toString(report.p99BoundNs()));
        field(out, "maxSustainedPerSecond", Long.toString(report.maxSustainedPerSecond()));
        out.append("  \"rates\": [\n");
        for (int i = 0; i < report.rates().size(); i++)
        {
            final RateResult rate = report.rates().get(i);
            out.append("    {\"offeredPerSecond\": ").append(rate.offeredPerSecond())
                .append(", \"warmUpMessages\": ").append(rate.warmUpMessages())
                .append(", \"scheduledMessages\": ").append(rate.scheduledMessages())
                .append(", \"sentMessages\": ").append(rate.sentMessages())
                .append(", \"receivedSignals\": ").append(rate.receivedSignals())
                .append(", \"sendPerSecond\": ").append(number(rate.sendPerSecond()))
                .append(", \"achievedPerSecond\": ").append(number(rate.achievedPerSecond()))
                .append(", \"verdict\": ").append(quote(rate.verdict().name()))
                .append(", \"latencyNs\": ").append(latency(rate.latency()))
                .append(i + 1 < report.rates().size() ? "},\n" : "}\n");
        }
        out.append("  ],\n");
        out.append("  \"floor\": {\"what\": \"bare Aeron IPC ping-pong round trip, same embedded driver\", ")
            .append("\"seconds\": ").append(number(report.floorSeconds()))
            .append(", \"rttNs\": ").append(latency(report.floor())).append("},\n");
        field(out, "offerRetries", Long.toString(report.offerRetries()));
        field(out, "straySignals", Long.toString(report.straySignals()));
        field(out, "engineErrors", Long.toString(report.engineErrors()));
        out.append("  \"wallSeconds\": ").append(number(report.wallSeconds())).append("\n}\n");
        return out.toString();
    }

    String markdown()
    {
        final StringBuilder out = new StringBuilder(4096);
        out.append("# Ticksignal end-to-end latency, ").append(report.dateUtc()).append(", ").append(report.host())
            .append("\n\n");
        out.append("- command: `").append(report.settings().command()).append("`\n");
        out.append("- started: ").append(report.startedUtc()).append(" (wall ")
            .append(format("%.1f", report.wallSeconds())).append(" s)\n");
        out.append("- machine: ").append(report.cpu()).append(", ").append(report.cores()).append(" cores; ")
            .append(report.jvm()).append("\n");
        out.append("- load average (1/5/15 min): ").append(report.loadAverages())
            .append(" (above ").append(report.cores()).append(" means threads waited for a core)\n");
        out.append("- path: sender → Aeron IPC → engine (decode, 6 demo features, rule on rsi(14), decision, journal ")
            .append(report.settings().journalMode().configName())
            .append(") → Aeron IPC → subscriber; one process, embedded driver; every trade yields one signal ")
            .append("(emitMode EVERY_DECISION)\n");
        out.append("- latency: signal receive time − the trade's intended send time (fixed-rate schedule, ")
            .append("coordinated omission corrected), HdrHistogram, 3 significant digits; ")
            .append(format("%.1f", report.settings().warmUpSeconds())).append(" s warm-up and ")
            .append(format("%.1f", report.settings().measureSeconds())).append(" s measured per rate\n");
        out.append("- sustained: ").append(criterion()).append(" (this run: p99 ≤ ")
            .append(micros(report.p99BoundNs())).append(" µs)\n\n");
        out.append("| offered msg/s | sent | signals | send msg/s | achieved msg/s | p50 µs | p90 µs | p99 µs | ")
            .append("p99.9 µs | p99.99 µs | max µs | verdict |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (final RateResult rate : report.rates())
        {
            final LatencySummary latency = rate.latency();
            out.append("| ").append(rate.offeredPerSecond()).append(" | ").append(rate.sentMessages())
                .append(" | ").append(rate.receivedSignals())
                .append(" | ").append(format("%.0f", rate.sendPerSecond()))
                .append(" | ").append(format("%.0f", rate.achievedPerSecond()))
                .append(" | ").append(micros(latency.p50Ns())).append(" | ").append(micros(latency.p90Ns()))
                .append(" | ").append(micros(latency.p99Ns())).append(" | ").append(micros(latency.p999Ns()))
                .append(" | ").append(micros(latency.p9999Ns())).append(" | ").append(micros(latency.maxNs()))
                .append(" | ").append(rate.verdict().name()).append(" |\n");
        }
        final LatencySummary floor = report.floor();
        out.append("\nFloor, same run (measured first): bare Aeron IPC ping-pong round trip on the same embedded driver ")
            .append("(closed loop, one message in flight, ").append(floor.count()).append(" round trips in ")
            .append(format("%.1f", report.floorSeconds())).append(" s):\n\n");
        out.append("| p50 µs | p90 µs | p99 µs | p99.9 µs | p99.99 µs | max µs |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(micros(floor.p50Ns())).append(" | ").append(micros(floor.p90Ns())).append(" | ")
            .append(micros(floor.p99Ns())).append(" | ").append(micros(floor.p999Ns())).append(" | ")
            .append(micros(floor.p9999Ns())).append(" | ").append(micros(floor.maxNs())).append(" |\n\n");
        final long max = report.maxSustainedPerSecond();
        out.append("Maximum sustained offered rate (journal ").append(report.settings().journalMode().configName())
            .append("): ").append(0 == max ? "none of the offered rates" : max + " msg/s").append(".\n\n");
        out.append("Market-data offers retried after back-pressure: ").append(report.offerRetries())
            .append("; stray signals: ").append(report.straySignals()).append("; engine errors: ")
            .append(report.engineErrors()).append(".\n");
        return out.toString();
    }

    private static String criterion()
    {
        return "every measured message sent on schedule (the sender never fell " +
            E2eHarness.MAX_LAG_NS / 1_000_000_000L + " s behind) and its signal received, achieved rate ≥ " +
            Math.round(E2eHarness.SUSTAINED_RATE_FRACTION * 100) + "% of offered, and p99 ≤ " +
            E2eHarness.SUSTAINED_P99_NS / 1000 + " µs or " + E2eHarness.FLOOR_P99_FACTOR +
            "× the same run's ping-pong p99, whichever is larger";
    }

    private static String latency(final LatencySummary latency)
    {
        return "{\"count\": " + latency.count() + ", \"p50\": " + latency.p50Ns() + ", \"p90\": " + latency.p90Ns() +
            ", \"p99\": " + latency.p99Ns() + ", \"p99.9\": " + latency.p999Ns() + ", \"p99.99\": " +
            latency.p9999Ns() + ", \"max\": " + latency.maxNs() + ", \"mean\": " + number(latency.meanNs()) + "}";
    }

    private static String micros(final long ns)
    {
        return format("%.2f", ns / 1000.0);
    }
}
