package io.ticksignal.config;

import java.util.List;
import java.util.Locale;

/**
 * Reads and validates the {@code monitoring} section (every key optional).
 */
final class MonitoringSection
{
    static final List<String> KEYS =
        List.of("enabled", "window", "psiAlert", "accuracyWindow", "accuracyFloor", "minLabels");

    /** Fewer decision points than this make a PSI of noise. */
    static final int MIN_WINDOW = 10;
    /** Upper bound of both windows: the engine pre-allocates them per instrument. */
    static final int MAX_WINDOW = 1_000_000;

    private static final String WINDOW_RULE = MIN_WINDOW + ".." + MAX_WINDOW + " decision points";
    private static final String PSI_RULE = "a PSI above 0, e.g. 0.2";
    private static final String ACCURACY_WINDOW_RULE = "1.." + MAX_WINDOW + " matured labels";
    private static final String FLOOR_RULE = "an accuracy between 0 and 1";
    private static final String MIN_LABELS_RULE = "1..accuracyWindow matured labels";

    private MonitoringSection()
    {
    }

    static MonitoringConfig read(final SectionReader root)
    {
        final SectionReader monitoring = root.section("monitoring", KEYS);
        final MonitoringMode mode = enabled(monitoring);
        final long window = monitoring.wholeNumber("window", WINDOW_RULE).orElse(ConfigDefaults.MONITORING_WINDOW);
        boolean valid = true;
        if (window < MIN_WINDOW || window > MAX_WINDOW)
        {
            monitoring.reject("window", window + " is not allowed: must be " + WINDOW_RULE);
            valid = false;
        }
        final double psiAlert = monitoring.number("psiAlert", PSI_RULE).orElse(ConfigDefaults.MONITORING_PSI_ALERT);
        if (!(psiAlert > 0.0))
        {
            monitoring.reject("psiAlert", psiAlert + " is not allowed: must be " + PSI_RULE);
            valid = false;
        }
        final long accuracyWindow = monitoring.wholeNumber("accuracyWindow", ACCURACY_WINDOW_RULE)
            .orElse(ConfigDefaults.MONITORING_ACCURACY_WINDOW);
        if (accuracyWindow < 1 || accuracyWindow > MAX_WINDOW)
        {
            monitoring.reject("accuracyWindow", accuracyWindow + " is not allowed: must be " + ACCURACY_WINDOW_RULE);
            valid = false;
        }
        final double floor = monitoring.number("accuracyFloor", FLOOR_RULE)
            .orElse(ConfigDefaults.MONITORING_ACCURACY_FLOOR);
        if (floor < 0.0 || floor > 1.0)
        {
            monitoring.reject("accuracyFloor", floor + " is not allowed: must be " + FLOOR_RULE);
            valid = false;
        }
        final long minLabels = monitoring.wholeNumber("minLabels", MIN_LABELS_RULE)
            .orElse(Math.min(ConfigDefaults.MONITORING_MIN_LABELS, Math.max(1, accuracyWindow)));
        if (minLabels < 1 || minLabels > accuracyWindow)
        {
            monitoring.reject("minLabels", minLabels + " is not allowed: must be " + MIN_LABELS_RULE +
                " (accuracyWindow is " + accuracyWindow + ")");
            valid = false;
        }
        if (!valid)
        {
            return MonitoringConfig.DEFAULT;
        }
        return new MonitoringConfig(mode, (int)window, psiAlert, (int)accuracyWindow, floor, (int)minLabels);
    }

    private static MonitoringMode enabled(final SectionReader monitoring)
    {
        final YamlNode node = monitoring.value("enabled");
        if (null == node)
        {
            return ConfigDefaults.MONITORING_MODE;
        }
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN)
        {
            return Boolean.parseBoolean(scalar.text().trim().toLowerCase(Locale.ROOT)) ?
                MonitoringMode.ENABLED : MonitoringMode.DISABLED;
        }
        monitoring.reject("enabled", node.describe() + " is not allowed: must be true or false");
        return ConfigDefaults.MONITORING_MODE;
    }
}
