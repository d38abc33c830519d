package io.ticksignal.codecs.text;

import java.util.Arrays;

/**
 * Reads and checks the header row (line 1) of a market-data CSV file: finds each required
 * column of the format by name (trimmed, case-insensitive, optionally in double quotes), allows
 * extra columns, and rejects a missing or repeated required column with a
 * {@link MarketDataFormatException} that names the file, line 1, the column and the columns found.
 * Runs once per file; allocates.
 */
final class CsvHeader
{
    private static final int UNBOUND = -1;

    private final CsvLineSource source;
    private final MarketDataFormat format;

    CsvHeader(final CsvLineSource source, final MarketDataFormat format)
    {
        this.source = source;
        this.format = format;
    }

    /**
     * Read line 1 and record, for each canonical column, the index of its field.
     *
     * @param fieldOfColumn filled with 0-based field indices, by canonical column.
     * @return the header's names, trimmed, by field index.
     * @throws MarketDataFormatException if there is no header or a required column is missing or repeated.
     */
    String[] bind(final int[] fieldOfColumn)
    {
        if (!source.nextLine() || source.isBlankLine())
        {
            throw new MarketDataFormatException(
                source.fileName(), 1, MarketDataFormatException.NO_COLUMN, "",
                "a header row naming the columns " + String.join(",", format.columnNames()),
                source.lineNumber() == 0 ? "" : source.lineText());
        }
        final String[] names = new String[source.fieldCount()];
        Arrays.fill(fieldOfColumn, UNBOUND);
        for (int field = 0; field < names.length; field++)
        {
            names[field] = unquote(source.fieldText(field).trim());
            final int column = format.columnOf(names[field]);
            if (column < 0)
            {
                continue;
            }
            if (fieldOfColumn[column] != UNBOUND)
            {
                throw new MarketDataFormatException(
                    source.fileName(), 1, field + 1, names[field],
                    "column '" + format.columnNames().get(column) + "' only once (it is also column "
                        + (fieldOfColumn[column] + 1) + ")",
                    source.lineText());
            }
            fieldOfColumn[column] = field;
        }
        for (int column = 0; column < fieldOfColumn.length; column++)
        {
            if (fieldOfColumn[column] == UNBOUND)
            {
                final String missing = format.columnNames().get(column);
                throw new MarketDataFormatException(
                    source.fileName(), 1, MarketDataFormatException.NO_COLUMN, missing,
                    "a header with column '" + missing + "' (required: "
                        + String.join(",", format.columnNames()) + "; extra columns are ignored)",
                    source.lineText());
            }
        }
        return names;
    }

    private static String unquote(final String name)
    {
        if (name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"')
        {
            return name.substring(1, name.length() - 1).trim();
        }
        return name;
    }
}
