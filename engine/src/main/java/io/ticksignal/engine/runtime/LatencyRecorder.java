package io.ticksignal.engine.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The engine's latency histograms, recorded on the pipeline thread from the receive time ingress stamped and two
 * reads of the same epoch-nanosecond clock around {@code Pipeline.process}:
 * <ul>
 *     <li>{@code receive->pipeline start}: ingress stamp to the pipeline taking the slot (ring wait);</li>
 *     <li>{@code pipeline}: the stages themselves, decode to signal published, every input;</li>
 *     <li>{@code receive->signal published}: ingress stamp to the signal handed to Aeron (journaled first), for
 *     inputs that produced a signal.</li>
 * </ul>
 * Values are clamped to [0, {@link #HIGHEST_TRACKABLE_NS}] so that recording never throws; 3 significant digits.
 * <p>
 * Thread-safety: {@link #record} on the pipeline thread only; {@link #report()} and {@link #writeTo} after that
 * thread has stopped (a join gives the happens-before edge). Allocation: the histograms at construction (about
 * 0.7 MB); none per record.
 */
public final class LatencyRecorder
{
    /** Largest value a histogram tracks: 60 s in ns. */
    public static final long HIGHEST_TRACKABLE_NS = TimeUnit.SECONDS.toNanos(60);

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram ringWait = new Histogram(HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
    private final Histogram pipeline = new Histogram(HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);
    private final Histogram receiveToSignal = new Histogram(HIGHEST_TRACKABLE_NS, SIGNIFICANT_DIGITS);

    /**
     * Record one processed input. Pipeline thread; no allocation.
     *
     * @param receiveTimeNs ingress stamp, epoch ns.
     * @param startNs       clock just before the stages ran, epoch ns.
     * @param endNs         clock just after, epoch ns.
     * @param hasSignal     whether the input produced a signal (published within the stages).
     */
    public void record(final long receiveTimeNs, final long startNs, final long endNs, final boolean hasSignal)
    {
        ringWait.recordValue(clamp(startNs - receiveTimeNs));
        pipeline.recordValue(clamp(endNs - startNs));
        if (hasSignal)
        {
            receiveToSignal.recordValue(clamp(endNs - receiveTimeNs));
        }
    }

    private static long clamp(final long valueNs)
    {
        return Math.max(0, Math.min(valueNs, HIGHEST_TRACKABLE_NS));
    }

    /**
     * @return the three histograms' percentiles: receive→signal published, receive→pipeline start, pipeline.
     */
    public List<LatencyStats> report()
    {
        return List.of(
            LatencyStats.of("receive->signal published", receiveToSignal),
            LatencyStats.of("receive->pipeline start", ringWait),
            LatencyStats.of("pipeline (decode..publish)", pipeline));
    }

    /**
     * Write the report to a text file: the percentile lines, then each histogram's full percentile distribution
     * in microseconds (HdrHistogram's text format). Replaces the file.
     *
     * @param file where.
     * @throws IOException when it cannot be written.
     */
    public void writeTo(final Path file) throws IOException
    {
        final Path parent = file.toAbsolutePath().getParent();
        if (null != parent)
        {
            Files.createDirectories(parent);
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8))
        {
            final List<LatencyStats> stats = report();
            out.println("# ticksignal latency, microseconds");
            for (final LatencyStats stat : stats)
            {
                out.println(stat.line());
            }
            writeDistribution(out, "receive->signal published", receiveToSignal);
            writeDistribution(out, "receive->pipeline start", ringWait);
            writeDistribution(out, "pipeline (decode..publish)", pipeline);
        }
    }

    private static void writeDistribution(final PrintStream out, final String name, final Histogram histogram)
    {
        out.println();
        out.println("# " + name + " (us)");
        if (histogram.getTotalCount() > 0)
        {
            histogram.outputPercentileDistribution(out, 5, 1000.0);
        }
    }
}
