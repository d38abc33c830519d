package io.ticksignal.replay.dataset;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a dataset as the CSV that {@code ticksignal train} reads ({@code ticksignal-dataset/1}): the header
 * {@code time_ns,time,instrument,<feature 1>,...,<feature N>,fwd_return,label}, then one line per row: the bar's
 * close in epoch nanoseconds and as ISO-8601 UTC, the instrument's symbol, each feature value and the forward
 * return in {@link Double#toString(double)} form (it round-trips), the class name. A field holding a comma or a
 * quote is quoted as RFC 4180 says; lines end with {@code \n}. Stateless.
 */
public final class DatasetCsv
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private DatasetCsv()
    {
    }

    /**
     * @param dataset the dataset.
     * @param out     where the CSV goes; flushed, not closed.
     * @throws IOException if writing fails.
     */
    public static void write(final Dataset dataset, final Writer out) throws IOException
    {
        final StringBuilder line = new StringBuilder(256);
        line.append("time_ns,time,instrument");
        for (final String name : dataset.featureNames())
        {
            line.append(',');
            appendField(line, name);
        }
        line.append(",fwd_return,label\n");
        out.write(line.toString());
        final List<String> classNames = dataset.classNames();
        for (final DatasetRow row : dataset.rows())
        {
            line.setLength(0);
            line.append(row.timeNs()).append(',').append(isoTime(row.timeNs())).append(',');
            appendField(line, row.instrument());
            for (int column = 0; column < row.featureCount(); column++)
            {
                line.append(',').append(row.feature(column));
            }
            line.append(',').append(row.forwardReturn()).append(',').append(classNames.get(row.labelClass()))
                .append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    /**
     * @param timeNs ns since the epoch.
     * @return ISO-8601 UTC, e.g. {@code 2013-11-25T00:05:00Z} (fractions of a second only when there are any).
     */
    public static String isoTime(final long timeNs)
    {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(
            Math.floorDiv(timeNs, NANOS_PER_SECOND), Math.floorMod(timeNs, NANOS_PER_SECOND)));
    }

    private static void appendField(final StringBuilder line, final String field)
    {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0)
        {
            line.append(field);
            return;
        }
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
