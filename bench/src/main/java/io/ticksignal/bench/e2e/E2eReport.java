package io.ticksignal.bench.e2e;

import java.util.List;

/**
 * Everything one run measured, for the result files.
 *
 * @param settings        what was run.
 * @param dateUtc         the run's date, UTC (yyyy-mm-dd).
 * @param startedUtc      when it started, ISO-8601 UTC.
 * @param host            host name.
 * @param cpu             CPU model.
 * @param cores           available processors.
 * @param jvm             JVM version and vendor.
 * @param loadAverages    the machine's 1/5/15-minute load averages at the start and at the end of the run.
 * @param rates           one result per offered rate, in run order.
 * @param floor           the bare Aeron IPC ping-pong round trips.
 * @param floorSeconds    seconds of ping-pong measured.
 * @param p99BoundNs      the p99 a sustained rate stays within, ns.
 * @param offerRetries    market-data offers retried after back-pressure, whole run.
 * @param straySignals    signals that matched no phase (late arrivals of a stopped phase).
 * @param engineErrors    errors the engine counted.
 * @param wallSeconds     the run's wall time, s.
 */
record E2eReport(
    E2eSettings settings,
    String dateUtc,
    String startedUtc,
    String host,
    String cpu,
    int cores,
    String jvm,
    String loadAverages,
    List<RateResult> rates,
    LatencySummary floor,
    double floorSeconds,
    long p99BoundNs,
    long offerRetries,
    long straySignals,
    long engineErrors,
    double wallSeconds)
{
    /**
     * @return the highest offered rate that was {@link RateVerdict#SUSTAINED}, or 0 when none was.
     */
    long maxSustainedPerSecond()
    {
        long max = 0;
        for (final RateResult rate : rates)
        {
            if (RateVerdict.SUSTAINED == rate.verdict())
            {
                max = Math.max(max, rate.offeredPerSecond());
            }
        }
        return max;
    }
}
