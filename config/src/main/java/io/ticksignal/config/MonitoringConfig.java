package io.ticksignal.config;

/**
 * In-line drift monitoring ({@code monitoring:}): the population stability index (PSI) of each feature that the
 * model bundle has a training histogram for, over a rolling window of decision points, and the rolling accuracy of
 * the model's predictions once their labels mature (from the bundle's {@code label:} block). See the engine's
 * {@code io.ticksignal.engine.monitor} package.
 *
 * @param mode           {@link MonitoringMode#ENABLED} (monitor whatever the bundle allows) or
 *                       {@link MonitoringMode#DISABLED}.
 * @param window         decision points per instrument whose feature values make the live distribution, at least 10.
 * @param psiAlert       PSI above which a feature counts as drifted, &gt; 0.
 * @param accuracyWindow matured labels the rolling accuracy is taken over, at least 1.
 * @param accuracyFloor  rolling accuracy below which the model counts as degraded, in [0, 1].
 * @param minLabels      matured labels in the window before the floor is checked, 1..accuracyWindow.
 */
public record MonitoringConfig(
    MonitoringMode mode,
    int window,
    double psiAlert,
    int accuracyWindow,
    double accuracyFloor,
    int minLabels)
{
    /** The defaults: every key omitted. */
    public static final MonitoringConfig DEFAULT = new MonitoringConfig(
        ConfigDefaults.MONITORING_MODE,
        ConfigDefaults.MONITORING_WINDOW,
        ConfigDefaults.MONITORING_PSI_ALERT,
        ConfigDefaults.MONITORING_ACCURACY_WINDOW,
        ConfigDefaults.MONITORING_ACCURACY_FLOOR,
        ConfigDefaults.MONITORING_MIN_LABELS);

    /**
     * Checks the ranges (the loader reports bad values with their key path before it gets here).
     */
    public MonitoringConfig
    {
        if (null == mode)
        {
            throw new NullPointerException("mode");
        }
        if (window < MonitoringSection.MIN_WINDOW || !(psiAlert > 0.0) || accuracyWindow < 1 ||
            !(accuracyFloor >= 0.0 && accuracyFloor <= 1.0) || minLabels < 1 || minLabels > accuracyWindow)
        {
            throw new IllegalArgumentException("monitoring: window " + window + ", psiAlert " + psiAlert +
                ", accuracyWindow " + accuracyWindow + ", accuracyFloor " + accuracyFloor + ", minLabels " +
                minLabels + " are out of range");
        }
    }

    /**
     * @return whether monitoring runs (when the bundle has histograms or a label).
     */
    public boolean isEnabled()
    {
        return MonitoringMode.ENABLED == mode;
    }
}
