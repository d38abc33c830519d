package io.ticksignal.codecs.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a character stream into lines and comma-separated fields, in place, over one reused
 * buffer that is refilled in chunks. Field boundaries are recorded as offsets into
 * {@link #buffer()}; they stay valid until the next call to {@link #nextLine()}.
 * <p>
 * Accepts LF and CRLF line ends, a leading UTF-8 byte order mark and a missing final newline.
 * The buffer grows only for a line longer than itself, up to {@link #MAX_LINE_CHARS}.
 * Single-threaded; allocates nothing per line.
 */
final class CsvLineSource implements AutoCloseable
{
    /**
     * Initial buffer size in chars.
     */
    static final int DEFAULT_BUFFER_CHARS = 64 * 1024;

    /**
     * Longest line accepted, in chars; a longer line is a format error.
     */
    static final int MAX_LINE_CHARS = 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final String fileName;
    private char[] buffer;
    private int lineStart;
    private int lineEnd;
    private int nextLineStart;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private int[] fieldStarts = new int[16];
    private int[] fieldEnds = new int[16];
    private int fieldCount;

    CsvLineSource(final Reader reader, final String fileName, final int bufferChars)
    {
        this.reader = reader;
        this.fileName = fileName;
        this.buffer = new char[bufferChars];
    }

    /**
     * Advance to the next line and split it into fields.
     *
     * @return true if a line is available, false at end of input.
     * @throws UncheckedIOException if the underlying reader fails.
     */
    boolean nextLine()
    {
        int scanFrom = nextLineStart;
        while (true)
        {
            for (int i = scanFrom; i < limit; i++)
            {
                if (buffer[i] == '\n')
                {
                    acceptLine(nextLineStart, i, i + 1);
                    return true;
                }
            }
            if (endOfInput)
            {
                if (nextLineStart < limit)
                {
                    acceptLine(nextLineStart, limit, limit);
                    return true;
                }
                return false;
            }
            scanFrom = limit - nextLineStart;
            fill();
        }
    }

    private void acceptLine(final int start, final int endBeforeNewline, final int next)
    {
        int end = endBeforeNewline;
        if (end > start && buffer[end - 1] == '\r')
        {
            end--;
        }
        lineNumber++;
        lineStart = start;
        if (lineNumber == 1 && end > start && buffer[start] == BYTE_ORDER_MARK)
        {
            lineStart++;
        }
        lineEnd = end;
        nextLineStart = next;
        splitFields();
    }

    private void fill()
    {
        final int carried = limit - nextLineStart;
        if (nextLineStart > 0)
        {
            System.arraycopy(buffer, nextLineStart, buffer, 0, carried);
        }
        else if (carried == buffer.length)
        {
            grow();
        }
        nextLineStart = 0;
        limit = carried;
        try
        {
            final int read = reader.read(buffer, limit, buffer.length - limit);
            if (read < 0)
            {
                endOfInput = true;
            }
            else
            {
                limit += read;
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + fileName, ex);
        }
    }

    private void grow()
    {
        if (buffer.length >= MAX_LINE_CHARS)
        {
            throw new MarketDataFormatException(
                fileName,
                lineNumber + 1,
                MarketDataFormatException.NO_COLUMN,
                "",
                "a line of at most " + MAX_LINE_CHARS + " characters",
                new String(buffer, 0, 40) + "...");
        }
        final char[] bigger = new char[Math.min(MAX_LINE_CHARS, buffer.length * 2)];
        System.arraycopy(buffer, 0, bigger, 0, buffer.length);
        buffer = bigger;
    }

    private void splitFields()
    {
        int count = 0;
        int fieldStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++)
        {
            if (i == lineEnd || buffer[i] == ',')
            {
                if (count == fieldStarts.length)
                {
                    growFieldArrays();
                }
                fieldStarts[count] = fieldStart;
                fieldEnds[count] = i;
                count++;
                fieldStart = i + 1;
            }
        }
        fieldCount = count;
    }

    private void growFieldArrays()
    {
        final int length = fieldStarts.length * 2;
        fieldStarts = Arrays.copyOf(fieldStarts, length);
        fieldEnds = Arrays.copyOf(fieldEnds, length);
    }

    /**
     * @return true if the current line is empty or holds only spaces and tabs.
     */
    boolean isBlankLine()
    {
        for (int i = lineStart; i < lineEnd; i++)
        {
            final char c = buffer[i];
            if (c != ' ' && c != '\t')
            {
                return false;
            }
        }
        return true;
    }

    char[] buffer()
    {
        return buffer;
    }

    long lineNumber()
    {
        return lineNumber;
    }

    int fieldCount()
    {
        return fieldCount;
    }

    /**
     * @param field 0-based field index.
     * @return offset of the field's first char in {@link #buffer()}.
     */
    int fieldStart(final int field)
    {
        return fieldStarts[field];
    }

    /**
     * @param field 0-based field index.
     * @return offset one past the field's last char in {@link #buffer()}.
     */
    int fieldEnd(final int field)
    {
        return fieldEnds[field];
    }

    /**
     * Copy a field's text, for error messages and the header only.
     *
     * @param field 0-based field index.
     * @return the field's text (allocates).
     */
    String fieldText(final int field)
    {
        return new String(buffer, fieldStarts[field], fieldEnds[field] - fieldStarts[field]);
    }

    /**
     * Copy the current line's text, for error messages only.
     *
     * @return the line's text without its line end (allocates).
     */
    String lineText()
    {
        return new String(buffer, lineStart, lineEnd - lineStart);
    }

    String fileName()
    {
        return fileName;
    }

    /**
     * Close the underlying reader.
     *
     * @throws UncheckedIOException if closing fails.
     */
    @Override
    public void close()
    {
        try
        {
            reader.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close " + fileName, ex);
        }
    }
}
