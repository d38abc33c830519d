package io.ticksignal.bench.gc;

import java.util.List;

/**
 * Everything one GC run measured, for the result files.
 *
 * @param settings          what was run.
 * @param dateUtc           the run's date, UTC (yyyy-mm-dd).
 * @param startedUtc        when it started, ISO-8601 UTC.
 * @param host              host name.
 * @param cpu               CPU model.
 * @param cores             available processors.
 * @param jvm               JVM version and vendor.
 * @param loadAverages      the machine's 1/5/15-minute load averages at the start and at the end of the run.
 * @param childJvmArguments the child JVM's options (heap, GC log, module flags).
 * @param figures           what the child measured.
 * @param cycles            every GC cycle of the child's GC log.
 * @param wallSeconds       the run's wall time, s.
 */
record GcReport(
    GcRunSettings settings,
    String dateUtc,
    String startedUtc,
    String host,
    String cpu,
    int cores,
    String jvm,
    String loadAverages,
    List<String> childJvmArguments,
    GcRunFigures figures,
    List<GcLog.Cycle> cycles,
    double wallSeconds)
{
    /**
     * @return the GC log's cycles that began after the warm-up events had been processed and before the last event
     *         had (the GC log's uptimes have millisecond resolution).
     */
    List<GcLog.Cycle> cyclesAfterWarmUp()
    {
        return GcLog.between(cycles, figures.warmUpEndUptimeMs() / 1000.0, figures.endUptimeMs() / 1000.0);
    }

    /**
     * @return the GC log's cycles from start-up to the end of the warm-up.
     */
    List<GcLog.Cycle> cyclesUpToWarmUpEnd()
    {
        return GcLog.between(cycles, Double.NEGATIVE_INFINITY, figures.warmUpEndUptimeMs() / 1000.0);
    }

    /**
     * @return the GC log's cycles after the last event had been processed: measuring, engine shutdown, JVM exit.
     */
    List<GcLog.Cycle> cyclesAfterEnd()
    {
        return GcLog.after(cycles, figures.endUptimeMs() / 1000.0);
    }

    /**
     * @return true when neither the collectors' counts nor the GC log show a cycle after warm-up.
     */
    boolean noGcAfterWarmUp()
    {
        return 0 == figures.measuredGcCycles() && cyclesAfterWarmUp().isEmpty();
    }
}
