package io.ticksignal.bench.gc;

import static io.ticksignal.bench.suite.ResultJson.field;
import static io.ticksignal.bench.suite.ResultJson.format;
import static io.ticksignal.bench.suite.ResultJson.number;
import static io.ticksignal.bench.suite.ResultJson.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import io.ticksignal.config.JournalMode;

/**
 * Writes one GC run's {@link GcReport} as {@code DATE-HOST-gc.json} and {@code DATE-HOST-gc.md} (and copies the GC
 * log beside them as {@code DATE-HOST-gc-log.txt}, since the repository ignores *.log); with the journal disabled
 * the stem is {@code DATE-HOST-gc-nojournal}.
 */
final class GcReportWriter
{
    private static final int LISTED_CYCLES = 20;

    private final GcReport report;

    GcReportWriter(final GcReport report)
    {
        this.report = report;
    }

    /**
     * @param directory created if absent.
     * @param gcLog     the child's GC log, copied beside the results.
     * @return the Markdown file.
     * @throws IOException if a file cannot be written.
     */
    Path write(final Path directory, final Path gcLog) throws IOException
    {
        Files.createDirectories(directory);
        final String stem = stem();
        Files.writeString(directory.resolve(stem + ".json"), json());
        Files.copy(gcLog, directory.resolve(stem + "-log.txt"), StandardCopyOption.REPLACE_EXISTING);
        final Path markdown = directory.resolve(stem + ".md");
        Files.writeString(markdown, markdown());
        return markdown;
    }

    String stem()
    {
        final String stem = report.dateUtc() + "-" + report.host() + "-gc";
        return JournalMode.ENABLED == report.settings().journalMode() ? stem : stem + "-nojournal";
    }

    String json()
    {
        final GcRunFigures f = report.figures();
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
        field(out, "childJvmArguments", quote(String.join(" ", report.childJvmArguments())));
        field(out, "heap", quote(report.settings().heap()));
        field(out, "collectors", quote(f.collectors()));
        field(out, "journal", quote(report.settings().journalMode().configName()));
        field(out, "events", Long.toString(f.warmUpEvents() + f.measuredEvents()));
        field(out, "warmUpEvents", Long.toString(f.warmUpEvents()));
        field(out, "gcCyclesStartUp", Long.toString(f.startUpGcCycles()));
        field(out, "gcCyclesWarmUp", Long.toString(f.warmUpGcCycles()));
        field(out, "gcCyclesAfterWarmUp", Long.toString(f.measuredGcCycles()));
        field(out, "gcMillisAfterWarmUp", Long.toString(f.measuredGcMillis()));
        field(out, "gcLogCycles", Integer.toString(report.cycles().size()));
        field(out, "gcLogCyclesAfterWarmUp", Integer.toString(report.cyclesAfterWarmUp().size()));
        field(out, "gcLogCyclesAfterLastEvent", Integer.toString(report.cyclesAfterEnd().size()));
        field(out, "noGcAfterWarmUp", Boolean.toString(report.noGcAfterWarmUp()));
        field(out, "warmUpEndUptimeMs", Long.toString(f.warmUpEndUptimeMs()));
        field(out, "endUptimeMs", Long.toString(f.endUptimeMs()));
        field(out, "measuredSeconds", number(f.measuredSeconds()));
        field(out, "eventsPerSecondAfterWarmUp", number(f.eventsPerSecond()));
        field(out, "inputsReceived", Long.toString(f.inputsReceived()));
        field(out, "inputsRejected", Long.toString(f.inputsRejected()));
        field(out, "signals", Long.toString(f.signals()));
        field(out, "signalsPublished", Long.toString(f.signalsPublished()));
        field(out, "signalsReceived", Long.toString(f.signalsReceived()));
        field(out, "journalDocuments", Long.toString(f.journalDocuments()));
        field(out, "journalPayloadBytes", Long.toString(f.journalBytes()));
        field(out, "offerRetries", Long.toString(f.offerRetries()));
        field(out, "engineErrors", Long.toString(f.engineErrors()));
        out.append("  \"memoryAtEnd\": {\"vmRssKb\": ").append(f.vmRssKb())
            .append(", \"vmHwmKb\": ").append(f.vmHwmKb())
            .append(", \"rssAnonKb\": ").append(f.rssAnonKb())
            .append(", \"rssFileKb\": ").append(f.rssFileKb())
            .append(", \"rssShmemKb\": ").append(f.rssShmemKb())
            .append(", \"heapUsedAtWarmUpEndBytes\": ").append(f.heapUsedAtWarmUpEndBytes())
            .append(", \"heapUsedBytes\": ").append(f.heapUsedBytes())
            .append(", \"heapCommittedBytes\": ").append(f.heapCommittedBytes())
            .append(", \"directBytes\": ").append(f.directBytes())
            .append(", \"mappedBytes\": ").append(f.mappedBytes()).append("},\n");
        final List<ThreadAllocations.Entry> threads = ThreadAllocations.parse(f.threadAllocations());
        field(out, "allocatedAfterWarmUpBytes", Long.toString(total(threads)));
        out.append("  \"allocatedAfterWarmUpByThread\": [");
        for (int i = 0; i < threads.size(); i++)
        {
            out.append(i == 0 ? "" : ", ").append("{\"thread\": ").append(quote(threads.get(i).thread()))
                .append(", \"bytes\": ").append(threads.get(i).bytes()).append('}');
        }
        out.append("],\n");
        out.append("  \"gcLogCyclesAfterWarmUpList\": [");
        final List<GcLog.Cycle> later = report.cyclesAfterWarmUp();
        for (int i = 0; i < later.size(); i++)
        {
            final GcLog.Cycle cycle = later.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(cycle.id())
                .append(", \"uptimeSeconds\": ").append(number(cycle.uptimeSeconds()))
                .append(", \"description\": ").append(quote(cycle.description())).append('}');
        }
        out.append(later.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"wallSeconds\": ").append(number(report.wallSeconds())).append("\n}\n");
        return out.toString();
    }

    String markdown()
    {
        final GcRunFigures f = report.figures();
        final List<GcLog.Cycle> later = report.cyclesAfterWarmUp();
        final StringBuilder out = new StringBuilder(4096);
        out.append("# Ticksignal allocation and GC run, ").append(report.dateUtc()).append(", ")
            .append(report.host()).append("\n\n");
        out.append("- command: `").append(report.settings().command()).append("`\n");
        out.append("- started: ").append(report.startedUtc()).append(" (wall ")
            .append(format("%.1f", report.wallSeconds())).append(" s)\n");
        out.append("- machine: ").append(report.cpu()).append(", ").append(report.cores()).append(" cores; ")
            .append(report.jvm()).append("\n");
        out.append("- load average (1/5/15 min): ").append(report.loadAverages())
            .append(" (above ").append(report.cores()).append(" means threads waited for a core)\n");
        out.append("- child JVM: heap **-Xmx").append(report.settings().heap()).append("** (-Xms the same), ")
            .append("collectors ").append(f.collectors()).append("; options `")
            .append(String.join(" ", report.childJvmArguments())).append("`\n");
        out.append("- engine: the real `EngineRuntime` with the demo configuration (its 6 features) and the model ")
            .append("bundle `").append(report.settings().bundle().getFileName()).append("`, journal ")
            .append(report.settings().journalMode().configName()).append(", default idle strategies; one ")
            .append("process holds the embedded Aeron driver, the engine and the sender\n");
        out.append("- events: ").append(grouped(f.warmUpEvents() + f.measuredEvents()))
            .append(" real Bitstamp BTC/USD trades (the 100,000 of the bundled file, cycled, times shifted forward ")
            .append("by whole passes, unique trade ids) over Aeron IPC as fast as the engine takes them; the first ")
            .append(grouped(f.warmUpEvents())).append(" are the warm-up\n");
        out.append("- GC log: ").append(stem()).append("-log.txt beside this file\n\n");
        out.append("| phase | events | GC cycles (collector counts) | GC cycles (GC log) |\n");
        out.append("|---|---:|---:|---:|\n");
        out.append("| start-up (JVM start to the first event) | 0 | ").append(f.startUpGcCycles())
            .append(" | ").append(report.cyclesUpToWarmUpEnd().size()).append(" (start-up and warm-up) |\n");
        out.append("| warm-up | ").append(grouped(f.warmUpEvents())).append(" | ").append(f.warmUpGcCycles())
            .append(" | |\n");
        out.append("| **after warm-up** | ").append(grouped(f.measuredEvents())).append(" | **")
            .append(f.measuredGcCycles()).append("** | **").append(later.size()).append("** |\n");
        out.append("| after the last event (measuring, engine shutdown, JVM exit) | 0 | | ")
            .append(report.cyclesAfterEnd().size()).append(" |\n\n");
        if (report.noGcAfterWarmUp())
        {
            out.append("**No GC cycle after warm-up** with a ").append(report.settings().heap()).append(" heap.\n\n");
        }
        else
        {
            out.append("**").append(Math.max(f.measuredGcCycles(), later.size()))
                .append(" GC cycle(s) after warm-up** (").append(f.measuredGcMillis())
                .append(" ms of GC time by the collectors' counts)");
            out.append(later.isEmpty() ? ".\n\n" : "; from the GC log:\n\n");
            for (int i = 0; i < Math.min(LISTED_CYCLES, later.size()); i++)
            {
                final GcLog.Cycle cycle = later.get(i);
                out.append("- GC(").append(cycle.id()).append(") at ").append(format("%.3f", cycle.uptimeSeconds()))
                    .append(" s: ").append(cycle.description()).append('\n');
            }
            if (later.size() > LISTED_CYCLES)
            {
                out.append("- ... ").append(later.size() - LISTED_CYCLES).append(" more in the GC log\n");
            }
            out.append('\n');
        }
        out.append("After warm-up: ").append(grouped(f.measuredEvents())).append(" events in ")
            .append(format("%.2f", f.measuredSeconds())).append(" s, ")
            .append(grouped(Math.round(f.eventsPerSecond()))).append(" events/s (sender, driver and engine ")
            .append("sharing the machine's cores). Engine: ").append(grouped(f.inputsReceived()))
            .append(" inputs decoded, ").append(f.inputsRejected()).append(" rejected, ").append(grouped(f.signals()))
            .append(" signals (").append(grouped(f.signalsPublished())).append(" published, ")
            .append(grouped(f.signalsReceived()))
            .append(" received by the subscriber), ").append(grouped(f.journalDocuments()))
            .append(JournalMode.ENABLED == report.settings().journalMode() ?
                " journal documents (" : " journal documents handed to the discarding sink (journal disabled; ")
            .append(grouped(f.journalBytes())).append(" payload bytes), ").append(f.engineErrors())
            .append(" errors; offers retried after back-pressure: ").append(grouped(f.offerRetries())).append(".\n\n");
        appendThreads(out, f);
        out.append("Memory of the process at the end (every event processed, engine still running), from ")
            .append("`/proc/PID/status` and the JVM's memory beans:\n\n");
        out.append("| VmRSS | VmHWM (peak) | RssAnon | RssFile | RssShmem | heap used / committed | direct buffers | ")
            .append("mapped buffers |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(mib(f.vmRssKb() * 1024)).append(" | ").append(mib(f.vmHwmKb() * 1024))
            .append(" | ").append(mib(f.rssAnonKb() * 1024)).append(" | ").append(mib(f.rssFileKb() * 1024))
            .append(" | ").append(mib(f.rssShmemKb() * 1024)).append(" | ").append(mib(f.heapUsedBytes()))
            .append(" / ").append(mib(f.heapCommittedBytes())).append(" | ").append(mib(f.directBytes()))
            .append(" | ").append(mib(f.mappedBytes())).append(" |\n\n");
        out.append("RssFile counts the pages of memory-mapped files the process has touched: the journal's ")
            .append("Chronicle Queue files and the Aeron driver's log buffers (in the run's temp directory), ")
            .append("so it grows with the journal; RssAnon is the heap, thread stacks and native memory.\n");
        return out.toString();
    }

    private static void appendThreads(final StringBuilder out, final GcRunFigures f)
    {
        final List<ThreadAllocations.Entry> threads = ThreadAllocations.parse(f.threadAllocations());
        out.append("Heap allocated after warm-up, by thread (`ThreadMXBean.getThreadAllocatedBytes`, from the end of ")
            .append("the warm-up to the last event; the sender's own figure includes the few KB the measuring ")
            .append("itself allocates): ").append(grouped(total(threads))).append(" bytes in all, ")
            .append(format("%.4f", f.measuredEvents() > 0 ? total(threads) / (double)f.measuredEvents() : 0.0))
            .append(" B/event, ")
            .append(format("%.1f", kilobytesPerSecond(total(threads), f.measuredSeconds())))
            .append(" KB/s; heap in use ").append(mib(f.heapUsedAtWarmUpEndBytes())).append(" after warm-up, ")
            .append(mib(f.heapUsedBytes())).append(" at the end.\n\n");
        if (threads.isEmpty())
        {
            return;
        }
        out.append("| thread | bytes after warm-up | B/event | KB/s |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < Math.min(LISTED_CYCLES, threads.size()); i++)
        {
            final ThreadAllocations.Entry entry = threads.get(i);
            out.append("| ").append(entry.thread()).append(" | ").append(grouped(entry.bytes())).append(" | ")
                .append(format("%.4f", f.measuredEvents() > 0 ? entry.bytes() / (double)f.measuredEvents() : 0.0))
                .append(" | ").append(format("%.1f", kilobytesPerSecond(entry.bytes(), f.measuredSeconds())))
                .append(" |\n");
        }
        out.append('\n');
    }

    private static double kilobytesPerSecond(final long bytes, final double seconds)
    {
        return seconds > 0 ? bytes / 1000.0 / seconds : 0.0;
    }

    private static long total(final List<ThreadAllocations.Entry> threads)
    {
        long total = 0;
        for (final ThreadAllocations.Entry entry : threads)
        {
            total += entry.bytes();
        }
        return total;
    }

    private static String mib(final long bytes)
    {
        return bytes < 0 ? "n/a" : format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String grouped(final long value)
    {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
