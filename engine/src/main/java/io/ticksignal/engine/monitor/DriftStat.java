package io.ticksignal.engine.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ticksignal.engine.counters.CountersFileReader.Sample;
import io.ticksignal.engine.counters.EngineCounters;

/**
 * The drift monitor's counters as readable lines for {@code ticksignal stat}, from a sample of a counters file
 * (see {@link MonitorCounters} for the type ids and the x10,000 scale), e.g.
 * <pre>
 * drift psi rsi(14)@1m         0.0340  (alert above 0.2000)
 * drift psi roc(5)@1m          -       (window not full yet)
 * drift alerts                 2 so far; above the alert level now: 0 features; max psi 0.0340
 * rolling accuracy             0.5310 over 500 labels (floor 0.5000)
 * accuracy alerts              1 so far, 9363 labels matured
 * </pre>
 * Nothing when the engine monitors nothing. A tool, not a hot path: allocates.
 */
public final class DriftStat
{
    private static final String PSI_PREFIX = EngineCounters.LABEL_PREFIX + MonitorCounters.PSI_LABEL;
    private static final String FORMAT = "%-28s %s";

    private DriftStat()
    {
    }

    /**
     * @param samples one reading of every counter.
     * @return the lines, empty when there are no monitoring counters.
     */
    public static List<String> lines(final List<Sample> samples)
    {
        final List<String> lines = new ArrayList<>();
        final long psiAlert = value(samples, MonitorCounters.PSI_ALERT_LEVEL_TYPE_ID);
        for (final Sample sample : samples)
        {
            if (MonitorCounters.PSI_TYPE_ID == sample.typeId())
            {
                final String feature = sample.label().startsWith(PSI_PREFIX) ?
                    sample.label().substring(PSI_PREFIX.length()) : sample.label();
                lines.add(String.format(Locale.ROOT, FORMAT, "drift psi " + feature,
                    MonitorCounters.NOT_REPORTED == sample.value() ? "-       (window not full yet)" :
                    ratio(sample.value()) + "  (alert above " + ratio(psiAlert) + ")"));
            }
        }
        if (has(samples, MonitorCounters.DRIFT_ALERTS_TYPE_ID))
        {
            final long max = value(samples, MonitorCounters.PSI_MAX_TYPE_ID);
            lines.add(String.format(Locale.ROOT, FORMAT, "drift alerts", value(samples,
                MonitorCounters.DRIFT_ALERTS_TYPE_ID) + " so far; above the alert level now: " +
                features(value(samples, MonitorCounters.FEATURES_ALERTING_TYPE_ID)) +
                (MonitorCounters.NOT_REPORTED == max ? "" : "; max psi " + ratio(max))));
        }
        if (has(samples, MonitorCounters.ACCURACY_TYPE_ID))
        {
            final long accuracy = value(samples, MonitorCounters.ACCURACY_TYPE_ID);
            final long floor = value(samples, MonitorCounters.ACCURACY_FLOOR_TYPE_ID);
            lines.add(String.format(Locale.ROOT, FORMAT, "rolling accuracy", MonitorCounters.NOT_REPORTED == accuracy ?
                "-       (no label has matured yet; floor " + ratio(floor) + ")" :
                ratio(accuracy) + " over " + value(samples, MonitorCounters.ACCURACY_LABELS_TYPE_ID) +
                " labels (floor " + ratio(floor) + ")"));
            lines.add(String.format(Locale.ROOT, FORMAT, "accuracy alerts",
                value(samples, MonitorCounters.ACCURACY_ALERTS_TYPE_ID) + " so far, " +
                value(samples, MonitorCounters.MATURED_LABELS_TYPE_ID) + " labels matured"));
        }
        return lines;
    }

    private static String features(final long count)
    {
        return count + (1 == count ? " feature" : " features");
    }

    private static String ratio(final long scaled)
    {
        return String.format(Locale.ROOT, "%.4f", (double)scaled / MonitorCounters.SCALE);
    }

    private static boolean has(final List<Sample> samples, final int typeId)
    {
        for (final Sample sample : samples)
        {
            if (typeId == sample.typeId())
            {
                return true;
            }
        }
        return false;
    }

    private static long value(final List<Sample> samples, final int typeId)
    {
        for (final Sample sample : samples)
        {
            if (typeId == sample.typeId())
            {
                return sample.value();
            }
        }
        return MonitorCounters.NOT_REPORTED;
    }
}
