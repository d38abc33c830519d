package io.ticksignal.bench.suite;

/**
 * How long the suite runs: quick (one short fork, minutes on 2 cores) or full (more warm-up and
 * measurement, for figures to quote).
 */
public enum SuiteMode
{
    /** 1 fork, 2 × 1 s warm-up, 3 × 1 s measurement per benchmark. */
    QUICK(1, 2, 1, 3, 1),

    /** 2 forks, 5 × 2 s warm-up, 5 × 2 s measurement per benchmark. */
    FULL(2, 5, 2, 5, 2);

    final int forks;
    final int warmupIterations;
    final int warmupSeconds;
    final int measurementIterations;
    final int measurementSeconds;

    SuiteMode(
        final int forks,
        final int warmupIterations,
        final int warmupSeconds,
        final int measurementIterations,
        final int measurementSeconds)
    {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupSeconds = warmupSeconds;
        this.measurementIterations = measurementIterations;
        this.measurementSeconds = measurementSeconds;
    }

    /**
     * @return the JMH settings as a person would type them, for the results file.
     */
    public String jmhArguments()
    {
        return "-f " + forks + " -wi " + warmupIterations + " -w " + warmupSeconds + "s -i " +
            measurementIterations + " -r " + measurementSeconds + "s -prof gc";
    }
}
