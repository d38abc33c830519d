package io.ticksignal.replay.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.DoubleFunction;

/**
 * Tick positions on a time axis (epoch milliseconds, UTC): the smallest calendar step (1 min .. 7 days) giving at
 * most the target number of ticks, aligned to multiples of the step since the epoch.
 */
final class TimeTicks
{
    private static final double MINUTE_MS = 60_000.0;
    private static final double[] STEPS_MS = {
        MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, 30 * MINUTE_MS, 60 * MINUTE_MS, 180 * MINUTE_MS, 360 * MINUTE_MS,
        720 * MINUTE_MS, 1440 * MINUTE_MS, 2880 * MINUTE_MS, 10080 * MINUTE_MS};

    private TimeTicks()
    {
    }

    static double step(final double fromMs, final double toMs, final int target)
    {
        for (final double step : STEPS_MS)
        {
            if ((toMs - fromMs) / step <= target)
            {
                return step;
            }
        }
        return STEPS_MS[STEPS_MS.length - 1] * Math.ceil((toMs - fromMs) / STEPS_MS[STEPS_MS.length - 1] / target);
    }

    static double[] of(final double fromMs, final double toMs, final int target)
    {
        final double step = step(fromMs, toMs, target);
        final double first = Math.ceil(fromMs / step) * step;
        final int count = Math.max(0, (int)Math.floor((toMs - first) / step) + 1);
        final double[] ticks = new double[count];
        for (int i = 0; i < count; i++)
        {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    /**
     * Labels for a time axis in epoch milliseconds: dates when the ticks are days apart, date and time over more
     * than a day, else the time of day; UTC.
     *
     * @param firstMs the axis start.
     * @param lastMs  the axis end.
     * @return the label of a tick value.
     */
    static DoubleFunction<String> labels(final double firstMs, final double lastMs)
    {
        final DateTimeFormatter format = DateTimeFormatter.ofPattern(
            step(firstMs, lastMs, 8) >= 86_400_000.0 ? "MM-dd" :
            lastMs - firstMs > 86_400_000.0 ? "MM-dd HH:mm" : "HH:mm").withZone(ZoneOffset.UTC);
        return value -> format.format(Instant.ofEpochMilli((long)value));
    }
}
