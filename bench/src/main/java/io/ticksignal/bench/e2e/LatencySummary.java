package io.ticksignal.bench.e2e;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency histogram, ns.
 *
 * @param count  values recorded.
 * @param p50Ns  median.
 * @param p90Ns  90th percentile.
 * @param p99Ns  99th percentile.
 * @param p999Ns 99.9th percentile.
 * @param p9999Ns 99.99th percentile.
 * @param maxNs  largest value.
 * @param meanNs mean.
 */
record LatencySummary(
    long count, long p50Ns, long p90Ns, long p99Ns, long p999Ns, long p9999Ns, long maxNs, double meanNs)
{
    static LatencySummary of(final Histogram histogram)
    {
        if (0 == histogram.getTotalCount())
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0.0);
        }
        return new LatencySummary(
            histogram.getTotalCount(),
            histogram.getValueAtPercentile(50.0),
            histogram.getValueAtPercentile(90.0),
            histogram.getValueAtPercentile(99.0),
            histogram.getValueAtPercentile(99.9),
            histogram.getValueAtPercentile(99.99),
            histogram.getMaxValue(),
            histogram.getMean());
    }
}
