package io.ticksignal.bench.gc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes allocated on the heap per thread between two snapshots ({@code com.sun.management.ThreadMXBean
 * #getThreadAllocatedBytes}), to say which thread allocates after warm-up; and their text form for the figures
 * file, {@code BYTES:NAME|BYTES:NAME...}, largest first.
 */
final class ThreadAllocations
{
    private ThreadAllocations()
    {
    }

    /**
     * One thread's allocation between two snapshots.
     *
     * @param thread the thread's name.
     * @param bytes  bytes it allocated.
     */
    record Entry(String thread, long bytes)
    {
    }

    /**
     * @return bytes allocated so far by each live thread, by thread id (empty when the JVM cannot tell).
     */
    static Map<Long, Entry> snapshot()
    {
        final Map<Long, Entry> threads = new HashMap<>();
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean))
        {
            return threads;
        }
        final com.sun.management.ThreadMXBean bean =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long[] ids = bean.getAllThreadIds();
        final long[] bytes = bean.getThreadAllocatedBytes(ids);
        final ThreadInfo[] infos = bean.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++)
        {
            if (null != infos[i] && bytes[i] >= 0)
            {
                threads.put(ids[i], new Entry(infos[i].getThreadName(), bytes[i]));
            }
        }
        return threads;
    }

    /**
     * @param before an earlier snapshot.
     * @param after  a later one.
     * @return per thread alive at the later one, what it allocated in between (all of it for a thread started in
     *         between), largest first then by name; threads that allocated nothing are left out.
     */
    static List<Entry> between(final Map<Long, Entry> before, final Map<Long, Entry> after)
    {
        final List<Entry> entries = new ArrayList<>();
        for (final Map.Entry<Long, Entry> thread : after.entrySet())
        {
            final Entry earlier = before.get(thread.getKey());
            final long bytes = thread.getValue().bytes() - (null == earlier ? 0 : earlier.bytes());
            if (bytes > 0)
            {
                entries.add(new Entry(thread.getValue().thread(), bytes));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::bytes).reversed().thenComparing(Entry::thread));
        return entries;
    }

    /**
     * @param entries per-thread allocations.
     * @return their text form; {@code -} for none.
     */
    static String toText(final List<Entry> entries)
    {
        if (entries.isEmpty())
        {
            return "-";
        }
        final StringBuilder text = new StringBuilder();
        for (final Entry entry : entries)
        {
            if (text.length() > 0)
            {
                text.append('|');
            }
            text.append(entry.bytes()).append(':').append(entry.thread().replace('|', '/').replace('\n', ' '));
        }
        return text.toString();
    }

    /**
     * @param text what {@link #toText} wrote.
     * @return the entries.
     * @throws IllegalArgumentException for an element that is not {@code BYTES:NAME}.
     */
    static List<Entry> parse(final String text)
    {
        final List<Entry> entries = new ArrayList<>();
        if ("-".equals(text))
        {
            return entries;
        }
        for (final String element : text.split("\\|"))
        {
            final int colon = element.indexOf(':');
            if (colon <= 0 || !element.substring(0, colon).matches("\\d+"))
            {
                throw new IllegalArgumentException("a thread allocation must be BYTES:NAME: '" + element + "'");
            }
            entries.add(new Entry(element.substring(colon + 1), Long.parseLong(element.substring(0, colon))));
        }
        return entries;
    }
}
