package io.ticksignal.engine.runtime;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency histogram, in nanoseconds. Immutable.
 *
 * @param name  what was measured, e.g. {@code receive->signal published}.
 * @param count values recorded.
 * @param p50Ns median, ns.
 * @param p90Ns 90th percentile, ns.
 * @param p99Ns 99th percentile, ns.
 * @param p999Ns 99.9th percentile, ns.
 * @param maxNs largest value, ns (values above the histogram's range are recorded as its highest value).
 */
public record LatencyStats(String name, long count, long p50Ns, long p90Ns, long p99Ns, long p999Ns, long maxNs)
{
    /**
     * Read the percentiles of a histogram. Allocates the record.
     *
     * @param name      what was measured.
     * @param histogram recorded in ns.
     * @return the percentiles; all 0 when nothing was recorded.
     */
    public static LatencyStats of(final String name, final Histogram histogram)
    {
        return new LatencyStats(
            name,
            histogram.getTotalCount(),
            histogram.getValueAtPercentile(50.0),
            histogram.getValueAtPercentile(90.0),
            histogram.getValueAtPercentile(99.0),
            histogram.getValueAtPercentile(99.9),
            histogram.getMaxValue());
    }

    /**
     * @return one line: name, count and the percentiles in microseconds, e.g.
     * {@code receive->signal published: n=1234 p50=3.1us p90=5.0us p99=12.3us p99.9=40.1us max=88.0us}.
     */
    public String line()
    {
        return String.format(Locale.ROOT, "%s: n=%d p50=%sus p90=%sus p99=%sus p99.9=%sus max=%sus",
            name, count, micros(p50Ns), micros(p90Ns), micros(p99Ns), micros(p999Ns), micros(maxNs));
    }

    private static String micros(final long nanos)
    {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }
}
