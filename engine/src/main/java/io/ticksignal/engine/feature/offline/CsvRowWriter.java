package io.ticksignal.engine.feature.offline;

import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the feature CSV: a header {@code time,EXPR,...} (each expression exactly as given, quoted
 * as RFC 4180 requires when it holds a comma or quote), then rows of epoch milliseconds and values in
 * {@link Double#toString(double)} form (round-trips), an empty cell for NaN. Lines end with
 * {@code \n}. Rows are formatted into a reused buffer: no allocation per row after the first rows.
 */
final class CsvRowWriter
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final Writer out;
    private final FeatureColumn[] columns;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];
    private long rowCount;

    CsvRowWriter(final Writer out, final FeatureTimeline timeline)
    {
        this.out = out;
        this.columns = new FeatureColumn[timeline.columnCount()];
        for (int i = 0; i < columns.length; i++)
        {
            columns[i] = timeline.column(i);
        }
    }

    void writeHeader()
    {
        line.setLength(0);
        line.append("time");
        for (final FeatureColumn column : columns)
        {
            line.append(',');
            appendField(column.name());
        }
        line.append('\n');
        flushLine();
    }

    private void appendField(final String field)
    {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0)
        {
            line.append(field);
            return;
        }
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
    }

    /**
     * @param timeNs the row's time (bar start or event time) in nanoseconds since the epoch, UTC.
     */
    void writeRow(final long timeNs)
    {
        line.setLength(0);
        line.append(Math.floorDiv(timeNs, NANOS_PER_MILLI));
        for (final FeatureColumn column : columns)
        {
            line.append(',');
            final double value = column.value();
            if (!Double.isNaN(value))
            {
                line.append(value);
            }
        }
        line.append('\n');
        flushLine();
        rowCount++;
    }

    private void flushLine()
    {
        final int length = line.length();
        if (chars.length < length)
        {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        line.getChars(0, length, chars, 0);
        try
        {
            out.write(chars, 0, length);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the feature CSV: " + ex.getMessage(), ex);
        }
    }

    long rowCount()
    {
        return rowCount;
    }
}
