package io.ticksignal.codecs.text;

/**
 * A market-data file does not have the expected form: a missing header column, a row with the
 * wrong number of fields, or a field that is not what its column requires.
 * <p>
 * The message reads like a compiler error, e.g.
 * {@code bitstamp.csv:1042: column 2 'price': expected a decimal number, found "12.3.4"}, and the
 * parts are also available as fields. It is unchecked: malformed input is a data error that a
 * read loop cannot repair in place, so under {@link BadRowPolicy#FAIL} it propagates to the caller
 * (the CLI maps it to exit code 1); use {@link BadRowPolicy#SKIP} to keep going instead.
 * <p>
 * Instances are created only on error paths.
 */
public final class MarketDataFormatException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * Column number used when an error concerns a whole line rather than one field
     * (for example an empty file or a header that lacks a column).
     */
    public static final int NO_COLUMN = 0;

    private final String fileName;
    private final long lineNumber;
    private final int columnNumber;
    private final String columnName;
    private final String expected;
    private final String found;

    /**
     * Create an exception whose message is built from its parts.
     *
     * @param fileName     display name of the file (as given to the reader).
     * @param lineNumber   1-based line number.
     * @param columnNumber 1-based field index in the row, or {@link #NO_COLUMN}.
     * @param columnName   header name of that column, or the missing column for header errors;
     *                     empty when the field lies beyond the header.
     * @param expected     what the reader expected, e.g. "a decimal number".
     * @param found        the offending text, verbatim (possibly shortened if very long).
     */
    public MarketDataFormatException(
        final String fileName,
        final long lineNumber,
        final int columnNumber,
        final String columnName,
        final String expected,
        final String found)
    {
        super(format(fileName, lineNumber, columnNumber, columnName, expected, found));
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.columnNumber = columnNumber;
        this.columnName = columnName;
        this.expected = expected;
        this.found = found;
    }

    /**
     * @return display name of the file.
     */
    public String fileName()
    {
        return fileName;
    }

    /**
     * @return 1-based line number of the offending line.
     */
    public long lineNumber()
    {
        return lineNumber;
    }

    /**
     * @return 1-based field index of the offending column, or {@link #NO_COLUMN}.
     */
    public int columnNumber()
    {
        return columnNumber;
    }

    /**
     * @return header name of the offending column (for a missing header column: the missing
     * name); empty when the field lies beyond the header.
     */
    public String columnName()
    {
        return columnName;
    }

    /**
     * @return what was expected, e.g. "a decimal number".
     */
    public String expected()
    {
        return expected;
    }

    /**
     * @return the offending text as found in the file.
     */
    public String found()
    {
        return found;
    }

    private static String format(
        final String fileName,
        final long lineNumber,
        final int columnNumber,
        final String columnName,
        final String expected,
        final String found)
    {
        final StringBuilder sb = new StringBuilder(96);
        sb.append(fileName).append(':').append(lineNumber).append(": ");
        if (columnNumber != NO_COLUMN)
        {
            sb.append("column ").append(columnNumber);
            if (columnName.isEmpty())
            {
                sb.append(" (beyond the header)");
            }
            else
            {
                sb.append(" '").append(columnName).append('\'');
            }
            sb.append(": ");
        }
        sb.append("expected ").append(expected).append(", found \"").append(found).append('"');
        return sb.toString();
    }
}
