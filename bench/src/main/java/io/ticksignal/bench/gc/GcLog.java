package io.ticksignal.bench.gc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GC cycles of a unified JVM log written with {@code -Xlog:gc*:file=F:uptime,level,tags}: every line of a
 * cycle carries its id, {@code GC(n)}; a cycle's time is the JVM uptime of its first line and its description the
 * text of its summary line (tag set exactly {@code gc}, e.g. {@code Pause Young (Normal) (G1 Evacuation Pause)
 * 24M->3M(256M) 3.456ms}), or of its first line when it has none. Lines without a cycle id (start-up, heap
 * layout) are skipped.
 */
final class GcLog
{
    private static final Pattern LINE = Pattern.compile(
        "^\\[(\\d+(?:\\.\\d+)?)s\\]\\[[a-z]+\\s*\\]\\[([^\\]]+)\\]\\s*GC\\((\\d+)\\)\\s*(.*)$");

    private GcLog()
    {
    }

    /**
     * One GC cycle.
     *
     * @param id            the log's cycle id.
     * @param uptimeSeconds JVM uptime at its first line, s.
     * @param description   its summary line's text.
     */
    record Cycle(long id, double uptimeSeconds, String description)
    {
    }

    /**
     * @param lines the log's lines, in file order.
     * @return its cycles in order of first appearance.
     */
    static List<Cycle> cycles(final List<String> lines)
    {
        final Map<Long, double[]> uptimes = new LinkedHashMap<>();
        final Map<Long, String> firstText = new LinkedHashMap<>();
        final Map<Long, String> summaries = new LinkedHashMap<>();
        for (final String line : lines)
        {
            final Matcher matcher = LINE.matcher(line);
            if (!matcher.matches())
            {
                continue;
            }
            final long id = Long.parseLong(matcher.group(3));
            final String text = matcher.group(4).trim();
            if (!uptimes.containsKey(id))
            {
                uptimes.put(id, new double[] { Double.parseDouble(matcher.group(1)) });
                firstText.put(id, text);
            }
            if ("gc".equals(matcher.group(2).trim()) && !summaries.containsKey(id))
            {
                summaries.put(id, text);
            }
        }
        final List<Cycle> cycles = new ArrayList<>(uptimes.size());
        for (final Map.Entry<Long, double[]> entry : uptimes.entrySet())
        {
            final long id = entry.getKey();
            cycles.add(new Cycle(id, entry.getValue()[0], summaries.getOrDefault(id, firstText.get(id))));
        }
        return cycles;
    }

    /**
     * @param cycles        cycles of one log.
     * @param uptimeSeconds a JVM uptime, s.
     * @return those whose first line is later than that uptime.
     */
    static List<Cycle> after(final List<Cycle> cycles, final double uptimeSeconds)
    {
        return between(cycles, uptimeSeconds, Double.POSITIVE_INFINITY);
    }

    /**
     * @param cycles    cycles of one log.
     * @param fromAfter a JVM uptime, s (exclusive).
     * @param upTo      a later JVM uptime, s (inclusive).
     * @return those whose first line is in {@code (fromAfter, upTo]}.
     */
    static List<Cycle> between(final List<Cycle> cycles, final double fromAfter, final double upTo)
    {
        final List<Cycle> within = new ArrayList<>();
        for (final Cycle cycle : cycles)
        {
            if (cycle.uptimeSeconds() > fromAfter && cycle.uptimeSeconds() <= upTo)
            {
                within.add(cycle);
            }
        }
        return within;
    }
}
