package io.ticksignal.bench.gc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The memory lines of Linux's {@code /proc/PID/status} ({@code VmRSS:   123456 kB}): resident set size now
 * ({@code VmRSS}), its peak ({@code VmHWM}), and its anonymous, file-backed and shared parts ({@code RssAnon},
 * {@code RssFile}, {@code RssShmem}; memory-mapped journal and Aeron files count as file-backed or shared).
 */
final class ProcStatus
{
    private final Map<String, Long> kilobytes;

    private ProcStatus(final Map<String, Long> kilobytes)
    {
        this.kilobytes = kilobytes;
    }

    /**
     * @param lines the file's lines.
     * @return every {@code Name: N kB} line's value, by name.
     */
    static ProcStatus parse(final List<String> lines)
    {
        final Map<String, Long> values = new LinkedHashMap<>();
        for (final String line : lines)
        {
            final int colon = line.indexOf(':');
            if (colon <= 0)
            {
                continue;
            }
            final String[] parts = line.substring(colon + 1).trim().split("\\s+");
            if (parts.length == 2 && "kB".equals(parts[1]) && parts[0].matches("\\d+"))
            {
                values.put(line.substring(0, colon), Long.parseLong(parts[0]));
            }
        }
        return new ProcStatus(values);
    }

    /**
     * @param name e.g. {@code VmRSS}.
     * @return its value in KiB, or empty when the file has no such line.
     */
    OptionalLong kilobytes(final String name)
    {
        final Long value = kilobytes.get(name);
        return null == value ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
