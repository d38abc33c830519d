package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Every default value of the configuration, in one place. The loader uses these for keys a
 * file leaves out; {@code config/demo.yaml} documents them. Keys without a default here
 * ({@code instruments}, {@code model}, and an instrument's {@code id}, {@code symbol},
 * {@code priceScale}, {@code sizeScale}) are required.
 * <p>
 * Default paths live under a run directory {@code <OS temp dir>/ticksignal/<engine.name>}, so
 * that two engines with different names on one host do not collide and {@code ticksignal stat}
 * can find the counters of an engine by its name.
 */
public final class ConfigDefaults
{
    /** {@code engine.name}. */
    public static final String ENGINE_NAME = "ticksignal";
    /** {@code engine.ringSize}, in slots. */
    public static final int RING_SIZE = 4096;
    /** {@code engine.ingressIdleStrategy}: back-off, so an idle engine does not hold a core. */
    public static final IdleStrategyKind INGRESS_IDLE_STRATEGY = IdleStrategyKind.BACKOFF;
    /** {@code engine.pipelineIdleStrategy}: back-off, so an idle engine does not hold a core. */
    public static final IdleStrategyKind PIPELINE_IDLE_STRATEGY = IdleStrategyKind.BACKOFF;

    /** {@code aeron.driverMode}. */
    public static final AeronDriverMode AERON_DRIVER_MODE = AeronDriverMode.EMBEDDED;
    /** {@code aeron.marketData.channel} and {@code aeron.signals.channel}. */
    public static final String AERON_CHANNEL = "aeron:ipc";
    /** {@code aeron.marketData.streamId}. */
    public static final int MARKET_DATA_STREAM_ID = 1001;
    /** {@code aeron.signals.streamId}. */
    public static final int SIGNAL_STREAM_ID = 1002;
    /** Name of the embedded driver's directory inside the run directory. */
    public static final String AERON_DIRECTORY_NAME = "aeron";

    /** {@code journal.mode}. */
    public static final JournalMode JOURNAL_MODE = JournalMode.ENABLED;
    /** {@code journal.rollCycle}. */
    public static final RollCycleKind ROLL_CYCLE = RollCycleKind.FAST_DAILY;
    /** Name of the journal directory inside the run directory. */
    public static final String JOURNAL_DIRECTORY_NAME = "journal";

    /** {@code features}: none. */
    public static final List<String> FEATURES = List.of();

    /** {@code decision.minConfidence}. */
    public static final double MIN_CONFIDENCE = 0.5;
    /** {@code decision.minHoldEvents}. */
    public static final long MIN_HOLD_EVENTS = 0;
    /** {@code decision.emitMode}. */
    public static final EmitMode EMIT_MODE = EmitMode.ON_CHANGE;

    /** {@code decision.signalExpiryEvents}: 0, signals never expire. */
    public static final long SIGNAL_EXPIRY_EVENTS = 0;

    /** {@code monitoring.enabled}: monitor whatever the model bundle has histograms or a label for. */
    public static final MonitoringMode MONITORING_MODE = MonitoringMode.ENABLED;
    /** {@code monitoring.window}: decision points per instrument in the PSI window. */
    public static final int MONITORING_WINDOW = 500;
    /** {@code monitoring.psiAlert}: PSI above this is drift (the usual "significant shift" level). */
    public static final double MONITORING_PSI_ALERT = 0.2;
    /** {@code monitoring.accuracyWindow}: matured labels in the rolling accuracy. */
    public static final int MONITORING_ACCURACY_WINDOW = 500;
    /** {@code monitoring.accuracyFloor}: rolling accuracy below this is an alert. */
    public static final double MONITORING_ACCURACY_FLOOR = 0.5;
    /** {@code monitoring.minLabels}: matured labels before the floor is checked (capped at accuracyWindow). */
    public static final int MONITORING_MIN_LABELS = 100;

    /** Name of the counters file inside the run directory. */
    public static final String COUNTERS_FILE_NAME = "counters.dat";

    private static final String RUN_DIRECTORY_NAME = "ticksignal";

    private ConfigDefaults()
    {
    }

    /**
     * The only place the configuration reads a system property.
     *
     * @return the OS temp directory ({@code java.io.tmpdir}).
     */
    public static Path osTempDirectory()
    {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * @param tempDirectory the temp directory, normally {@link #osTempDirectory()}.
     * @param engineName    {@code engine.name}.
     * @return {@code <tempDirectory>/ticksignal/<engineName>}.
     */
    public static Path runDirectory(final Path tempDirectory, final String engineName)
    {
        return tempDirectory.resolve(RUN_DIRECTORY_NAME).resolve(engineName);
    }

    /**
     * @param tempDirectory the temp directory.
     * @param engineName    {@code engine.name}.
     * @return the default {@code aeron.driverDirectory} of an embedded driver.
     */
    public static Path aeronDirectory(final Path tempDirectory, final String engineName)
    {
        return runDirectory(tempDirectory, engineName).resolve(AERON_DIRECTORY_NAME);
    }

    /**
     * @param tempDirectory the temp directory.
     * @param engineName    {@code engine.name}.
     * @return the default {@code journal.directory}.
     */
    public static Path journalDirectory(final Path tempDirectory, final String engineName)
    {
        return runDirectory(tempDirectory, engineName).resolve(JOURNAL_DIRECTORY_NAME);
    }

    /**
     * @param tempDirectory the temp directory.
     * @param engineName    {@code engine.name}.
     * @return the default {@code counters.file}.
     */
    public static Path countersFile(final Path tempDirectory, final String engineName)
    {
        return runDirectory(tempDirectory, engineName).resolve(COUNTERS_FILE_NAME);
    }
}
